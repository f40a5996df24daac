-- Recruiter narratives and reply strategies: seeded here, editable by admins afterwards.
create table narrative (
    code            varchar(60)   not null primary key,
    label_fr        varchar(200)  not null,
    label_en        varchar(200)  not null,
    description_fr  varchar(1000),
    description_en  varchar(1000),
    weight          integer       not null default 50,
    position        integer       not null,
    active          boolean       not null default true,
    version         integer       not null default 0
);

create table strategy (
    code            varchar(60)   not null primary key,
    label_fr        varchar(200)  not null,
    label_en        varchar(200)  not null,
    description_fr  varchar(1000),
    description_en  varchar(1000),
    position        integer       not null,
    active          boolean       not null default true,
    version         integer       not null default 0
);

insert into narrative (code, label_fr, label_en, description_fr, description_en, weight, position) values
('victimhood', 'Victimisation et persécution', 'Victimhood and persecution',
 'Les musulmans seraient persécutés partout et la violence serait la seule réponse.', 'Muslims are said to be persecuted everywhere and violence to be the only answer.', 60, 10),
('caliphate-utopia', 'Utopie du « califat »', 'The "caliphate" utopia',
 'Un État idéal, juste et prospère, attendrait ceux qui partent.', 'An ideal, just and prosperous state is said to await those who leave.', 60, 20),
('religious-obligation', 'Obligation religieuse (hijra)', 'Religious obligation (hijra)',
 'Partir ou combattre serait un devoir religieux.', 'Leaving or fighting is presented as a religious duty.', 70, 30),
('heroism-adventure', 'Héroïsme et aventure', 'Heroism and adventure',
 'Le combat serait une aventure qui donne un sens et un statut.', 'Fighting is presented as an adventure that gives meaning and status.', 50, 40),
('belonging', 'Appartenance', 'Belonging',
 'Une communauté fraternelle accueillerait ceux qui se sentent seuls ou rejetés.', 'A brotherly community is said to welcome those who feel alone or rejected.', 50, 50),
('brotherhood-romance', 'Fraternité d’armes et romance', 'Brotherhood and romance',
 'Promesses de mariage, de famille et de fraternité d’armes.', 'Promises of marriage, family and brotherhood in arms.', 55, 60),
('martyrdom', 'Martyre', 'Martyrdom',
 'La mort au combat serait une gloire et une récompense.', 'Death in combat is presented as glory and reward.', 80, 70),
('military-success', 'Succès militaires', 'Military success',
 'Les victoires prouveraient que le groupe est invincible et légitime.', 'Victories are said to prove the group invincible and legitimate.', 45, 80),
('conspiracy-west', 'Complot et rejet de l’Occident', 'Conspiracy and rejection of the West',
 'L’Occident comploterait contre les musulmans ; ses institutions seraient à rejeter.', 'The West is said to plot against Muslims; its institutions are to be rejected.', 55, 90),
('grooming-manipulation', 'Emprise et manipulation', 'Grooming and manipulation',
 'Techniques d’embrigadement : isolement, flatterie, secret, rupture avec les proches.', 'Grooming techniques: isolation, flattery, secrecy, cutting ties with family.', 75, 100);

insert into strategy (code, label_fr, label_en, description_fr, description_en, position) values
('facts', 'Faits', 'Facts', 'Rétablir les faits, sources à l’appui.', 'Set the facts straight, with sources.', 10),
('testimony', 'Témoignages d’anciens membres ou de victimes', 'Testimony of former members or victims',
 'Faire entendre des témoignages publiés.', 'Bring in published testimonies.', 20),
('religious-voice', 'Voix religieuse crédible', 'Credible religious voice',
 'S’appuyer sur des autorités religieuses reconnues.', 'Draw on recognised religious authorities.', 30),
('consequences', 'Conséquences', 'Consequences', 'Montrer les conséquences humaines et judiciaires.', 'Show the human and legal consequences.', 40),
('empathy-questions', 'Empathie et questions', 'Empathy and questions', 'Écouter, questionner, faire réfléchir.', 'Listen, ask, make people think.', 50),
('humour', 'Humour', 'Humour', 'Désamorcer par l’humour, sans moquer la religion.', 'Defuse with humour, never mocking religion.', 60),
('hypocrisy', 'Dénoncer l’hypocrisie', 'Denouncing hypocrisy', 'Montrer l’écart entre discours et actes des recruteurs.', 'Show the gap between recruiters'' words and deeds.', 70),
('alternatives-help', 'Alternatives et ressources d’aide', 'Alternatives and help resources',
 'Orienter vers l’aide : numéro vert 0 800 005 696, associations, proches.', 'Point to help: hotline 0 800 005 696, associations, family.', 80);
