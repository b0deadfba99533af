-- buergernah core schema: Mandanten, departments, users, devices, places, cases, documents, audit.

create table mandant (
  id          bigserial primary key,
  schluessel  varchar(40)  not null unique,
  name        varchar(200) not null
);

create table fachbereich (
  id          bigserial primary key,
  mandant_id  bigint       not null references mandant(id),
  schluessel  varchar(40)  not null,
  name        varchar(200) not null,
  unique (mandant_id, schluessel)
);

create table standort (
  id          bigserial primary key,
  mandant_id  bigint       not null references mandant(id),
  schluessel  varchar(40)  not null,
  name        varchar(200) not null,
  art         varchar(20)  not null check (art in ('BUERGERBUERO','DORF','PFLEGEHEIM','SONSTIGER')),
  anschrift   varchar(300),
  unique (mandant_id, schluessel)
);

create table mitarbeiter (
  id                bigserial primary key,
  mandant_id        bigint       not null references mandant(id),
  benutzername      varchar(64)  not null unique,
  anzeigename       varchar(200) not null,
  passwort_hash     varchar(200) not null,
  aktiv             boolean      not null default true,
  fehlversuche      integer      not null default 0,
  gesperrt_bis      timestamptz,
  letzte_anmeldung  timestamptz,
  angelegt_am       timestamptz  not null default now()
);

create table mitarbeiter_rolle (
  mitarbeiter_id bigint      not null references mitarbeiter(id) on delete cascade,
  rolle          varchar(20) not null check (rolle in ('SACHBEARBEITUNG','AUSSENDIENST','LEITUNG','PROZESSDESIGN','ADMIN')),
  primary key (mitarbeiter_id, rolle)
);

create table mitarbeiter_fachbereich (
  mitarbeiter_id bigint not null references mitarbeiter(id) on delete cascade,
  fachbereich_id bigint not null references fachbereich(id),
  primary key (mitarbeiter_id, fachbereich_id)
);

create table geraet (
  id              bigserial primary key,
  mandant_id      bigint       not null references mandant(id),
  art             varchar(10)  not null check (art in ('TERMINAL','KOFFER')),
  bezeichnung     varchar(200) not null,
  standort_id     bigint references standort(id),
  kennung         varchar(40)  not null unique,
  geheimnis_hash  varchar(64)  not null,
  angelegt_am     timestamptz  not null default now(),
  widerrufen_am   timestamptz
);

create table person (
  id            bigserial primary key,
  mandant_id    bigint       not null references mandant(id),
  familienname  varchar(200) not null,
  vornamen      varchar(200),
  geburtsdatum  date,
  anschrift     varchar(300),
  angelegt_am   timestamptz  not null default now()
);

create table verfahren (
  schluessel          varchar(40)  primary key,
  kuerzel             varchar(5)   not null unique,
  bezeichnung         varchar(200) not null,
  prozess_schluessel  varchar(100) not null
);

insert into verfahren (schluessel, kuerzel, bezeichnung, prozess_schluessel)
values ('ALLGEMEIN', 'ALG', 'Allgemeines Anliegen', 'Prozess_VorgangAllgemein');

create table vorgang_nummernkreis (
  mandant_id     bigint      not null references mandant(id),
  kuerzel        varchar(5)  not null,
  jahr           integer     not null,
  letzte_nummer  integer     not null,
  primary key (mandant_id, kuerzel, jahr)
);

create table vorgang (
  id                   bigserial primary key,
  mandant_id           bigint       not null references mandant(id),
  nummer               varchar(20)  not null,
  verfahren            varchar(40)  not null references verfahren(schluessel),
  fachbereich_id       bigint       not null references fachbereich(id),
  kanal                varchar(15)  not null check (kanal in ('BUERGERBUERO','KOFFER','TERMINAL','ONLINE')),
  status               varchar(20)  not null,
  betreff              varchar(200),
  person_id            bigint references person(id),
  geraet_id            bigint references geraet(id),
  angelegt_von         varchar(80)  not null,
  prozess_instanz_id   varchar(64),
  angelegt_am          timestamptz  not null,
  geaendert_am         timestamptz  not null,
  version              integer      not null default 0,
  unique (mandant_id, nummer)
);
create index vorgang_fachbereich_idx on vorgang (fachbereich_id);

create table dokument (
  id               bigserial primary key,
  vorgang_id       bigint       not null references vorgang(id),
  dateiname        varchar(200) not null,
  medientyp        varchar(50)  not null,
  groesse          bigint       not null,
  sha256           char(64)     not null,
  hochgeladen_von  varchar(80)  not null,
  hochgeladen_am   timestamptz  not null
);
create index dokument_vorgang_idx on dokument (vorgang_id);

-- content apart from metadata, so lists never load bytes
create table dokument_inhalt (
  dokument_id  bigint primary key references dokument(id) on delete cascade,
  daten        bytea  not null
);

create table audit_eintrag (
  id              bigserial primary key,
  zeitpunkt       timestamptz  not null default now(),
  mandant_id      bigint references mandant(id),
  akteur          varchar(80)  not null,
  aktion          varchar(30)  not null,
  objekt_typ      varchar(40),
  objekt_id       varchar(80),
  vorgang_nummer  varchar(20),
  erfolg          boolean      not null,
  detail          varchar(500)
);
create index audit_zeitpunkt_idx on audit_eintrag (mandant_id, zeitpunkt desc);
create index audit_vorgang_idx on audit_eintrag (vorgang_nummer);

-- the audit trail is append-only: nobody, not even the application, rewrites or deletes history
create function audit_unveraenderlich() returns trigger language plpgsql as $$
begin
  raise exception 'audit_eintrag ist nur fortschreibbar (append-only)';
end;
$$;
create trigger audit_keine_aenderung before update or delete on audit_eintrag
  for each row execute function audit_unveraenderlich();
create trigger audit_kein_leeren before truncate on audit_eintrag
  for each statement execute function audit_unveraenderlich();
