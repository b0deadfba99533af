-- Procedure catalogue (LeiKa key, channels, required documents), Hundesteuer applications,
-- idempotent submits from devices.

alter table verfahren add column leika_schluessel varchar(14);
alter table verfahren add column fachbereich varchar(40) not null default 'steueramt';
alter table verfahren add column kanaele varchar(100) not null default 'BUERGERBUERO,KOFFER,TERMINAL';
alter table verfahren add column unterlagen varchar(2000);

update verfahren set fachbereich = 'steueramt', kanaele = 'BUERGERBUERO,KOFFER,TERMINAL' where schluessel = 'ALLGEMEIN';

insert into verfahren (schluessel, kuerzel, bezeichnung, prozess_schluessel, leika_schluessel, fachbereich, kanaele, unterlagen)
values
  ('HUND_ANMELDEN', 'HST', 'Hund anmelden (Hundesteuer)', 'Prozess_HundAnmelden', '99102013104000', 'steueramt',
   'BUERGERBUERO,KOFFER,TERMINAL', 'Nachweis für beantragte Befreiung oder Ermäßigung (z. B. Sozialpass)');

-- a retried submit (same key from the same principal) returns the case it already created
alter table vorgang add column idempotenz_schluessel varchar(100);
create unique index vorgang_idempotenz_idx on vorgang (mandant_id, angelegt_von, idempotenz_schluessel)
  where idempotenz_schluessel is not null;

create table hundesteuer_antrag (
  vorgang_id       bigint primary key references vorgang(id),
  art              varchar(12) not null check (art in ('ANMELDUNG')),
  person_id        bigint not null references person(id),
  jahr             integer not null,
  ermaessigungen   varchar(200),
  jahresbetrag     numeric(10,2),
  festgesetzt_am   timestamptz
);

create table hundesteuer_antrag_hund (
  vorgang_id     bigint      not null references hundesteuer_antrag(vorgang_id) on delete cascade,
  position       integer     not null,
  name           varchar(100),
  rasse          varchar(100),
  gehalten_ab    date,
  gehalten_bis   date,
  geburtsdatum   date,
  gefaehrlich    boolean     not null default false,
  steuerbefreit  boolean     not null default false,
  mikrochip      boolean     not null default false,
  aus_tierheim   boolean     not null default false,
  steuermarke    varchar(20),
  primary key (vorgang_id, position)
);
