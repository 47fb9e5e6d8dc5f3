-- The jurisdiction each location is under (ISO 3166-2: GB-ENG, GB-WLS, GB-SCT, GB-NIR), since the law on who may be
-- treated and which consent form applies follows the place of treatment. Every location stored before this was gated
-- by England's law, so existing rows are England's.
alter table locations add column jurisdiction varchar(6) default 'GB-ENG' not null;
