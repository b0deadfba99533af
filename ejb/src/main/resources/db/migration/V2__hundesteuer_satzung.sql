-- Dog-tax statutes (Hundesteuersatzungen) as configuration of each Mandant, versioned by validity.
-- A changed statute is a new row (ADMIN, API), never a redeploy.

create table hundesteuer_satzung (
  id                          bigserial primary key,
  mandant_id                  bigint        not null references mandant(id),
  gueltig_ab                  date          not null,
  gueltig_bis                 date,
  bezeichnung                 varchar(200)  not null,
  quelle                      varchar(1000),
  satz_erster_hund            numeric(10,2) not null check (satz_erster_hund >= 0),
  satz_weiterer_hund          numeric(10,2) not null check (satz_weiterer_hund >= 0),
  satz_gefaehrlich_erster     numeric(10,2) not null check (satz_gefaehrlich_erster >= 0),
  satz_gefaehrlich_weiterer   numeric(10,2) not null check (satz_gefaehrlich_weiterer >= 0),
  satz_mikrochip              numeric(10,2) check (satz_mikrochip >= 0),
  zeitanteil                  varchar(10)   not null check (zeitanteil in ('MONAT','QUARTAL')),
  mindestalter_monate         integer       not null default 3 check (mindestalter_monate between 0 and 24),
  tierheim_frei_monate        integer       not null default 0 check (tierheim_frei_monate between 0 and 60),
  faelligkeiten               varchar(100)  not null,
  befreiungsgruende           varchar(4000),
  angelegt_von                varchar(80)   not null,
  angelegt_am                 timestamptz   not null default now(),
  check (gueltig_bis is null or gueltig_bis >= gueltig_ab),
  unique (mandant_id, gueltig_ab)
);

create table hundesteuer_ermaessigung (
  satzung_id   bigint       not null references hundesteuer_satzung(id) on delete cascade,
  schluessel   varchar(40)  not null,
  bezeichnung  varchar(200) not null,
  prozent      numeric(5,2) not null check (prozent > 0 and prozent <= 100),
  primary key (satzung_id, schluessel)
);
