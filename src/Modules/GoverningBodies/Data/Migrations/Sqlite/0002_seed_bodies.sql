-- Governing bodies and the notice periods their rules of procedure set (Council: 30 days regular, 15 special; SCPF: two weeks).
INSERT INTO bodies (code, name_en, name_fr, name_es, symbol_series, regular_notice_days, special_notice_days, meets_in_private, display_order) VALUES
    ('council', 'Council', 'Conseil', 'Consejo', 'C', 30, 15, 0, 1),
    ('scpf', 'Standing Committee on Programmes and Finance', 'Comité permanent des programmes et des finances', 'Comité Permanente de Programas y Finanzas', 'S', 14, 14, 1, 2),
    ('idm', 'International Dialogue on Migration', 'Dialogue international sur la migration', 'Diálogo Internacional sobre la Migración', NULL, NULL, NULL, 0, 3),
    ('informalConsultations', 'Informal consultations', 'Consultations informelles', 'Consultas informales', NULL, NULL, NULL, 1, 4),
    ('ministerialConference', 'Ministerial conference', 'Conférence ministérielle', 'Conferencia ministerial', NULL, NULL, NULL, 0, 5);
