package org.contrepoint.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * One post as a monitoring tool, an import line or the manual form gives it. Deliberately without status,
 * assignee, id, version or fingerprint: those are never taken from outside.
 */
public record PostInput(
        @NotBlank(message = "obligatoire") String platform,
        @NotBlank(message = "obligatoire") @Size(max = 200, message = "200 caractères au plus") String platformId,
        @Size(max = 2000, message = "2000 caractères au plus") String url,
        @Size(max = 200, message = "200 caractères au plus") String authorHandle,
        @Size(max = 200, message = "200 caractères au plus") String authorName,
        @NotBlank(message = "obligatoire") @Size(max = 10000, message = "10000 caractères au plus") String text,
        @Size(max = 8, message = "8 caractères au plus") String language,
        @Size(max = 2000, message = "2000 caractères au plus") String mediaDescription,
        @NotNull(message = "obligatoire") Instant postedAt,
        @NotNull(message = "obligatoire") Instant capturedAt,
        @PositiveOrZero(message = "positif ou nul") long followers,
        @PositiveOrZero(message = "positif ou nul") long views,
        @PositiveOrZero(message = "positif ou nul") long shares,
        @PositiveOrZero(message = "positif ou nul") long reactions,
        List<String> narratives,
        String risk) {
}
