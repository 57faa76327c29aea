-- Governing bodies and the notice periods their rules of procedure set (Council: 30 days regular, 15 special; SCPF: two weeks).
INSERT INTO governing_bodies.bodies (code, name_en, name_fr, name_es, symbol_series, regular_notice_days, special_notice_days, meets_in_private, display_order) VALUES
    ('council', N'Council', N'Conseil', N'Consejo', N'C', 30, 15, 0, 1),
    ('scpf', N'Standing Committee on Programmes and Finance', N'Comité permanent des programmes et des finances', N'Comité Permanente de Programas y Finanzas', N'S', 14, 14, 1, 2),
    ('idm', N'International Dialogue on Migration', N'Dialogue international sur la migration', N'Diálogo Internacional sobre la Migración', NULL, NULL, NULL, 0, 3),
    ('informalConsultations', N'Informal consultations', N'Consultations informelles', N'Consultas informales', NULL, NULL, NULL, 1, 4),
    ('ministerialConference', N'Ministerial conference', N'Conférence ministérielle', N'Conferencia ministerial', NULL, NULL, NULL, 0, 5);
