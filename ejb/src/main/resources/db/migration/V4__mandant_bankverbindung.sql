-- The account of each Mandant's treasury (Kasse): printed on tax notices and encoded in their
-- GiroCode. Optional per Mandant; name and IBAN come together, the BIC is optional (SEPA).

alter table mandant add column kasse_name varchar(70);
alter table mandant add column iban varchar(34);
alter table mandant add column bic varchar(11);

alter table mandant add constraint mandant_bankverbindung_vollstaendig
  check ((kasse_name is null) = (iban is null));
