// Words the synthetic dataset is made of. Some names carry letters beyond
// ASCII (İ, ß, ş, ø, Greek, Kazakh Cyrillic), so that search is tried on them.

/** ISO 3166-1 alpha-2 codes and English short names, besides KR and KZ, which the shipped dataset has. */
export const countries: Array<[string, string]> = (
  'CN China|US United States|JP Japan|DE Germany|UZ Uzbekistan|IN India|FR France|GB United Kingdom|TR Türkiye|' +
  'RU Russia|AU Australia|CA Canada|BR Brazil|ID Indonesia|VN Vietnam|SA Saudi Arabia|AE United Arab Emirates|' +
  'IT Italy|ES Spain|MX Mexico|TM Turkmenistan|KG Kyrgyzstan|TJ Tajikistan|MN Mongolia|PL Poland|NL Netherlands|' +
  'SE Sweden|NO Norway|FI Finland|DK Denmark|CH Switzerland|AT Austria|BE Belgium|CZ Czechia|HU Hungary|' +
  'RO Romania|GR Greece|PT Portugal|IE Ireland|UA Ukraine|AZ Azerbaijan|GE Georgia|AM Armenia|IL Israel|' +
  'EG Egypt|MA Morocco|DZ Algeria|NG Nigeria|ZA South Africa|KE Kenya|ET Ethiopia|GH Ghana|TZ Tanzania|' +
  'AO Angola|CD Congo (DRC)|ZM Zambia|ZW Zimbabwe|MZ Mozambique|BW Botswana|NA Namibia|CL Chile|AR Argentina|' +
  'PE Peru|CO Colombia|BO Bolivia|EC Ecuador|UY Uruguay|PY Paraguay|VE Venezuela|CU Cuba|TH Thailand|' +
  'MY Malaysia|SG Singapore|PH Philippines|KH Cambodia|LA Laos|MM Myanmar|BD Bangladesh|PK Pakistan|LK Sri Lanka|' +
  'NP Nepal|AF Afghanistan|IR Iran|IQ Iraq|QA Qatar|KW Kuwait|OM Oman|BH Bahrain|JO Jordan|NZ New Zealand|' +
  'PG Papua New Guinea|FJ Fiji|RS Serbia|BG Bulgaria|HR Croatia|SK Slovakia|SI Slovenia|LT Lithuania'
).split('|').map(entry => [entry.slice(0, 2), entry.slice(3)])

export const topics = [
  'lithium', 'cobalt', 'nickel', 'graphite', 'copper', 'rare earth', 'uranium', 'titanium', 'tungsten', 'chromium',
  'hydrogen', 'solar power', 'wind power', 'nuclear power', 'natural gas', 'LNG', 'oil refining', 'petrochemicals',
  'power grids', 'battery', 'electric vehicle', 'semiconductor', 'railway', 'port', 'road', 'airport', 'water supply',
  'smart city', 'agriculture', 'fisheries', 'healthcare', 'pharmaceutical', 'digital', 'space', 'shipbuilding',
  'steel', 'aluminium', 'cement', 'textile', 'tourism', 'education', 'customs', 'finance', 'trade', 'investment'
]

export const activities = [
  'cooperation', 'supply chain partnership', 'joint exploration', 'joint development', 'technology cooperation',
  'investment', 'financing', 'research', 'training', 'plant construction', 'modernisation', 'exchange',
  'standards harmonisation', 'market access', 'offtake', 'feasibility study', 'industrial park'
]

export const adjectives = [
  'Global', 'National', 'United', 'Eastern', 'Northern', 'Pacific', 'Atlantic', 'Continental', 'Royal', 'Golden',
  'Silk Road', 'Steppe', 'Blue', 'Green', 'Union', 'First', 'Grand', 'Central', 'Southern', 'Western', 'Prime',
  'Türk', 'Çelik', 'İleri', 'Østlig', 'Straßen', 'Société Générale de', 'Ελληνική', 'Қазақ', 'Nordisk', 'Dōwa'
]

export const nouns = [
  'Energy', 'Mining', 'Resources', 'Metals', 'Power', 'Engineering', 'Construction', 'Logistics', 'Industries',
  'Chemicals', 'Materials', 'Holdings', 'Development', 'Technologies', 'Minerals', 'Infrastructure', 'Capital',
  'Systems', 'Motors', 'Shipping', 'Rail', 'Petroleum', 'Gas', 'Electric', 'Semiconductors', 'Batteries', 'Steel'
]

export const companySuffixes = ['Co.', 'Corporation', 'Ltd', 'Group', 'Holdings', 'GmbH', 'S.A.', 'JSC', 'AG', 'Inc.', 'plc', 'LLP', 'A.Ş.']

export const agencies = ['Agency', 'Authority', 'Commission', 'Council', 'Office', 'Service', 'Board', 'Fund']

export const firstNames = [
  'Amir', 'Anna', 'Bakhyt', 'Carlos', 'Chen', 'Daniel', 'Elena', 'Farid', 'Grace', 'Hana', 'Ivan', 'Jae-won', 'Jean',
  'Kofi', 'Lars', 'Leila', 'Maria', 'Min-jun', 'Nadia', 'Olga', 'Pedro', 'Rahul', 'Sofia', 'Takumi', 'Yusuf', 'Zhanna'
]

export const lastNames = [
  'Abenov', 'Alvarez', 'Bergström', 'Choi', 'Dubois', 'Erdoğan', 'Fischer', 'García', 'Haddad', 'Ivanova', 'Kim',
  'Kowalski', 'Li', 'Mensah', 'Nakamura', 'Nowak', 'Okafor', 'Park', 'Rossi', 'Santos', 'Schmidt', 'Singh', 'Suleimenov',
  'Tanaka', 'Wang', 'Yılmaz'
]

export const offices = ['President', 'Prime Minister', 'Chancellor', 'King', 'Emir', 'Premier']

export const cities = [
  'Capital City', 'Port City', 'Old Town', 'River City', 'Lake City', 'Hill City', 'Northern Capital', 'Southern Port',
  'Garden City', 'Harbour Town', 'New City', 'Steppe City'
]

export const venues = ['presidential palace', 'a hotel', 'the foreign ministry', 'a convention centre', 'the parliament building', 'a state guest house']
