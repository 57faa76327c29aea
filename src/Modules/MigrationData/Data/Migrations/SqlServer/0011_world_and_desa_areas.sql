-- The aggregates people ask for first: M49 World (001), whose members are every country and area, above the continents;
-- UN DESA's Channel Islands (830: Guernsey and Jersey), which its International Migrant Stock reports as one area.
INSERT INTO migration_data.regions (scheme, code, name_en, name_fr, name_es, parent_code) VALUES ('m49', '001', N'World', N'Monde', N'Mundo', NULL);
INSERT INTO migration_data.region_members (scheme, region_code, alpha3) SELECT 'm49', '001', alpha3 FROM migration_data.countries;
UPDATE migration_data.regions SET parent_code = '001' WHERE scheme = 'm49' AND code IN ('002', '009', '019', '142', '150');
INSERT INTO migration_data.regions (scheme, code, name_en, name_fr, name_es, parent_code)
VALUES ('m49', '830', N'Channel Islands', N'Îles Anglo-Normandes', N'Islas del Canal', '154');
INSERT INTO migration_data.region_members (scheme, region_code, alpha3) VALUES ('m49', '830', 'GGY');
INSERT INTO migration_data.region_members (scheme, region_code, alpha3) VALUES ('m49', '830', 'JEY');

-- Areas with no permanent population (UN DESA publishes no figure for them): a region's coverage does not count them missing.
ALTER TABLE migration_data.countries ADD inhabited BIT NOT NULL CONSTRAINT df_countries_inhabited DEFAULT 1;
GO
UPDATE migration_data.countries SET inhabited = 0 WHERE alpha3 IN ('ATA', 'ATF', 'BVT', 'HMD', 'IOT', 'SGS', 'UMI');

-- Codes other publishers use for an area, read as ours: the World Bank and UN statistics write Kosovo XKX.
CREATE TABLE migration_data.area_aliases (
    code   NVARCHAR(16) NOT NULL CONSTRAINT pk_area_aliases PRIMARY KEY,
    area   NVARCHAR(16) NOT NULL,
    source NVARCHAR(200) NOT NULL
);
INSERT INTO migration_data.area_aliases (code, area, source) VALUES ('XKX', 'XKK', N'World Bank; UN statistics');
