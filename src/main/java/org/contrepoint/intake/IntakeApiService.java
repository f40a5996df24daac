package org.contrepoint.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contrepoint.queue.PostSource;

/** The API's transaction: the posts and the Idempotency-Key's record are committed together or not at all. */
@ApplicationScoped
public class IntakeApiService {

    /** What the API answers, as stored for replays. */
    public record Answer(int status, String json, int created) {
    }

    @Inject
    IntakeService intake;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Transactional
    public Answer store(List<PostInputReader.Item> items, boolean batch, String client, String idemKey,
            String bodySha256) {
        List<IntakeService.Outcome> outcomes = intake.ingest(items, PostSource.API, client);
        int created = (int) outcomes.stream().filter(IntakeService.Outcome::created).count();
        Answer answer;
        if (batch) {
            List<Map<String, Object>> list = outcomes.stream().map(o -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("index", o.index());
                m.put("id", o.id());
                m.put("created", o.created());
                return m;
            }).toList();
            answer = new Answer(created > 0 ? 201 : 200, json(Map.of("items", list)), created);
        } else {
            IntakeService.Outcome o = outcomes.get(0);
            answer = new Answer(o.created() ? 201 : 200, json(Map.of("id", o.id(), "created", o.created())), created);
        }
        if (idemKey != null) {
            IntakeKey key = new IntakeKey();
            key.client = client;
            key.idemKey = idemKey;
            key.bodySha256 = bodySha256;
            key.status = answer.status();
            key.response = answer.json();
            key.createdAt = clock.instant();
            key.persist();
        }
        return answer;
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
