"""Well-known organisations named without an organisation word: companies, news outlets, universities,
international bodies. Written from general knowledge (not from any evaluation text). Plain data, no Django.

Only names that are hardly ever anything else when capitalised are listed: "Apple", "Ford", "Target",
"Columbia", "Delta" or "Shell" are also fruit, people, nouns or places, and are left to the
organisation-word rules.
"""

from __future__ import annotations

_COMPANIES = """
Boeing|Airbus|Lockheed Martin|Raytheon|Northrop Grumman|General Dynamics|Honeywell|Caterpillar|Halliburton
ExxonMobil|Exxon|Chevron|ConocoPhillips|BP|TotalEnergies|Aramco|Saudi Aramco|Gazprom|Rosneft|Petrobras|Pemex
Microsoft|Google|Alphabet|Facebook|Instagram|WhatsApp|YouTube|Twitter|TikTok|ByteDance|Snapchat|LinkedIn|Viber
Amazon Web Services|Netflix|Nvidia|NVIDIA|AMD|Qualcomm|Broadcom|Micron|Texas Instruments
GlobalFoundries|TSMC|Samsung|SK Hynix|Hyundai|Toyota|Honda|Nissan|Mitsubishi|Sony|Panasonic|Toshiba
Hitachi|Softbank|SoftBank|Nippon Steel|U.S. Steel|Huawei|ZTE|Alibaba|Tencent|Baidu|Xiaomi|Lenovo|BYD|CATL
Foxconn|Siemens|Volkswagen|BMW|Mercedes-Benz|Daimler|Stellantis|Renault|Volvo|Ericsson|Nokia|Philips|ASML
Unilever|Nestlé|Nestle|Novartis|Roche|Pfizer|Moderna|BioNTech|AstraZeneca|Johnson & Johnson|Merck
Eli Lilly|GlaxoSmithKline|GSK|Sanofi|Bayer|Novavax|Regeneron|Gilead|AbbVie|Amgen|Walgreens|CVS
Walmart|Kmart|Costco|Home Depot|Starbucks|McDonald’s|McDonald's|Coca-Cola|PepsiCo|Procter & Gamble
Goldman Sachs|JPMorgan|JPMorgan Chase|Morgan Stanley|Citigroup|Citibank|Wells Fargo|BlackRock|Blackstone
Berkshire Hathaway|Mastercard|PayPal|Uber|Lyft|Airbnb|SpaceX|Blue Origin|Rivian|General Motors
Ford Motor Company|Chrysler|Harley-Davidson|Verizon|AT&T|T-Mobile|Comcast|IBM|Oracle Corporation|Cisco
Salesforce|Hewlett-Packard|Adobe|OpenAI|Anthropic|Palantir|Anduril|Zipline|Planet Labs
FedEx|UPS|Maersk|Pfizer-BioNTech|Duke Energy|Dominion Energy|NextEra|Exelon|DuPont
Cargill|Tyson Foods|John Deere|Monsanto|Anheuser-Busch|Warner Bros.
Deloitte|McKinsey|KPMG|PwC|Accenture|Booz Allen Hamilton|Jones Day|Skadden|WilmerHale|Sidley Austin
Latham & Watkins|Kirkland & Ellis|Covington & Burling|Hogan Lovells|Arnold & Porter|Akin Gump
Great Lakes Dredge & Dock|Florida Power and Light|Florida Power & Light|Hanwha|Hanwha Qcells|Qcells
First Solar|Enphase|Applied Materials|Lam Research|KLA|Wolfspeed|Westinghouse|GE Vernova
Freeport-McMoRan|Rio Tinto|BHP|Glencore|Albemarle|Nucor|Cleveland-Cliffs|ArcelorMittal|Alcoa
Amtrak|Greyhound|Delta Air Lines|United Airlines|American Airlines|Southwest Airlines|JetBlue
Lufthansa|Qatar Airways|Air France|British Airways|Aeroflot|Wagner Group|Kaspersky|Equifax
SolarWinds|General Electric|Schneider Electric|Meta|Intel|Tesla|Disney|Nike|Kia|LG|HP|GE|Twitter Inc.|X Corp.|Visa Inc.|Apple Inc.|Target Corporation|Shell plc
Oracle|Capital One|Cigna|Cerner|Prologis|Marriott|Marriott International|Kodak|Eastman Kodak|UnitedHealthcare
UnitedHealth Group|Advanced Micro Devices|Linklaters|Alcatel-Lucent|J.P. Morgan|Harley Davidson|Price Waterhouse
PricewaterhouseCoopers|KPMG Peat Marwick|Venture Global|Caltrain|NJ Transit|New Jersey Transit|ADP|Humana|Aetna
Air India|Air Canada|Air China|Iran Air|Air New Zealand|Cheniere|Kinder Morgan
Covington and Burling|Gibson Dunn|Gibson, Dunn & Crutcher|Sullivan & Cromwell|Williams & Connolly
DoorDash|Instacart|Grubhub|GoFundMe|Kickstarter|Etsy|Shopify|Spotify|Pinterest|Reddit|Dropbox|Coinbase|Robinhood
Venmo|Yahoo|Mozilla|Expedia|Workday|ServiceNow|Intuit|Cisco Systems|Dell Technologies|Hewlett Packard Enterprise
Xerox|Motorola|Motorola Solutions|Corning Incorporated|Whirlpool|Mack Trucks|Navistar|Cummins|PACCAR|Peterbilt|Kenworth
Freightliner|Archer Daniels Midland|Kraft Heinz|General Mills|Kellogg’s|Mondelez|Hershey|Campbell Soup
Smithfield Foods|Kroger|Albertsons|Safeway|Dollar General|Best Buy|Lowe’s|Macy’s|Nordstrom|Levi Strauss
Under Armour|NBCUniversal|Hulu|L3Harris|Leidos|Huntington Ingalls|Bechtel|Fluor|AECOM|BASF
Medtronic|Becton Dickinson|Johnson Controls|Generac|Sunrun|SunPower|SK On|SkyWater|Qorvo|Analog Devices
Marvell|General Atomics|AeroVironment|Textron|Sikorsky|Pratt & Whitney|Rolls-Royce|GE Aerospace
HSBC|Barclays|Deutsche Bank|UBS|Credit Suisse|BNP Paribas|Santander|Mizuho|Nomura|Charles Schwab
American Express|Moody’s|S&P Global|Fitch Ratings|Nasdaq|NYSE|Bristol Myers Squibb|Takeda|Teva|Viatris
Rite Aid|Express Scripts|Optum|Kaiser Permanente|Elevance Health|Centene|Gallup|Ipsos|YouGov
"""

_MEDIA = """
Axios|ABC|NBC|CBS|AP|Politico|POLITICO|Newsweek|Reuters|CNN|MSNBC|CNBC|Fox News|FOX News|Fox Business
NBC News|ABC News|CBS News|PBS|NPR|C-SPAN|BBC|Al Jazeera|Al Arabiya|Associated Press|AFP
Agence France-Presse|New York Times|Washington Post|Wall Street Journal|USA Today|Los Angeles Times
Chicago Tribune|Boston Globe|Financial Times|The Economist|The Guardian
Daily Mail|The Atlantic|New Yorker|The New Yorker|Time magazine|TIME|BuzzFeed
HuffPost|Huffington Post|Breitbart|Daily Caller|Daily Wire|Washington Examiner|Washington Free Beacon
National Review|The Hill|Semafor|Punchbowl News|Yahoo News|Univision|Telemundo|Newsmax
One America News|OAN|Xinhua|TASS|Sputnik|Kyodo|Yonhap|NHK|Nikkei|Asahi Shimbun|Yomiuri Shimbun
Deutsche Welle|Le Monde|Der Spiegel|El País|Haaretz|Times of Israel|Jerusalem Post
South China Morning Post|Straits Times|Global Times|People’s Daily|Voice of America|Radio Free Europe
Radio Free Asia|ProPublica|Bloomberg News|Bloomberg Businessweek|Axios Pro|The Daily Beast|Daily Beast
Mediaite|The Federalist|Rolling Stone|Vanity Fair|Variety|Hollywood Reporter|Sirius XM|SiriusXM
Radio Free Europe/Radio Liberty|Barron’s|Barron's|New York Sun|Washington Monthly|Politico Playbook|Fox News Digital
al-Jazeera|Al-Jazeera|Al Jazeera English|al-Arabiya|Al-Arabiya|Al-Ahram|Times of India|Hindustan Times
Press Trust of India|Indian Express|Geo TV|Xinhua News Agency|RIA Novosti|Interfax|ITAR-TASS|IRNA|Anadolu Agency
CBC|CBC News|CTV|CTV News|Sky News|ITV|France 24|Euronews|Ynet|Ynetnews|Press TV|Radio Shabelle|Kyodo News|Wikinews
Agence France Presse|Bernama|Antara|ABS-CBN|Philippine Daily Inquirer|Bangkok Post|Gulf News|Arab News
Sydney Morning Herald|The Australian|New Zealand Herald|Globe and Mail|Toronto Star|National Post|Irish Times
Pew Research Center|Zogby|GlobeScan|Quinnipiac|Rasmussen Reports|Harris Interactive|Angus Reid
Prensa Latina|Mediapart|TF1|Le Figaro|Libération|Daily Telegraph|Canadian Press|Hürriyet|Daily Nation|People's Daily
BBC News Online|BBC World Service|BBC News 24|Sky News Arabia|Asharq Al-Awsat|Al-Hayat|Dawn News|Express Tribune
"""

_UNIVERSITIES = """
Harvard|Yale|Princeton|Stanford|MIT|Caltech|NYU|USC|UCLA|UC Berkeley|Johns Hopkins
Cornell|Brown University|Vanderbilt|Notre Dame|Rice University
Sorbonne|Sciences Po|West Point|Georgia Tech|Virginia Tech|Texas A&M|Penn State|Carnegie Mellon
Spelman|Morehouse|Wellesley|Smith College|Oberlin|Swarthmore|Williams College|Bowdoin
UPenn|CUNY|SUNY|LSE|Purdue|Rutgers
Brookings|RAND|Heritage Foundation|Cato|Hoover Institution|Chatham House
"""

_INTERNATIONAL = """
United Nations|U.N.|UN|European Union|E.U.|African Union|NATO|ASEAN|APEC|OSCE|OECD|OPEC|OPEC-Plus
G7|G-7|G8|G-8|G20|G-20|Quad|BRICS|AUKUS|Mercosur|MERCOSUR|CARICOM|ECOWAS|SADC|IGAD|Arab League
Organization for Security and Cooperation in Europe|Organization for Security and Co-operation in Europe
Organisation for Security and Co-operation in Europe|Organization of American States|OAS
World Bank|International Monetary Fund|IMF|World Health Organization|WHO|World Trade Organization|WTO
Interpol|INTERPOL|Europol|Frontex|IAEA|UNICEF|UNHCR|UNESCO|UNRWA|UNDP|UNFPA|UNEP|WFP|FAO|ILO|IOM
Gavi|GAVI|COVAX|Red Cross|Red Crescent|ICRC|Doctors Without Borders|Médecins Sans Frontières|MSF
Amnesty International|Human Rights Watch|Oxfam|Save the Children|Gates Foundation
Inter-American Development Bank|IDB|IDB Invest|IDB Lab|Asian Development Bank|ADB
European Investment Bank|EBRD|Paris Club|Bucharest Nine|Five Eyes|Nordic Council|Visegrad Group
Council of Europe|European Commission|European Parliament|European Council|Eurojust
International Criminal Court|International Court of Justice|ICC|ICJ|Hamas|Hezbollah|Houthi
Taliban|Al Qaeda|Al-Qaeda|Al-Shabaab|ISIS|ISIL|Boko Haram|MS-13
Tren de Aragua|Sinaloa Cartel|CJNG|TPLF|PKK|Kremlin|Pentagon|Northcom|NORTHCOM|Southcom|SOUTHCOM
Centcom|CENTCOM|Indopacom|INDOPACOM|EUCOM|AFRICOM|Africom|Space Force|Coast Guard|National Guard
Secret Service|Peace Corps|AmeriCorps|Smithsonian|Amtrak|Federal Reserve
American Red Cross|Human Rights Campaign|Phi Beta Kappa|Order of the Coif|Houthis|Islamic Jihad
Palestinian Islamic Jihad|al-Shabaab|ISIS-K|Joint Chiefs of Staff|Intelligence Community|Fed|DOGE
New America|Samaritan’s Purse|Samaritan's Purse|Catholic Charities|Habitat for Humanity|United Way
Southern African Development Community|Economic Community of West African States|East African Community
Caribbean Community|Andean Community|Asia-Pacific Economic Cooperation|Asia Pacific Economic Cooperation
ANZUS|I2U2|Islamic State|al Qaeda|al-Qaida|Al-Qaida|Hayat Tahrir al-Sham|Muslim Brotherhood|Haqqani Network
Lashkar-e-Taiba|Jaish-e-Mohammed|Kataib Hezbollah|Ansarallah|UNAIDS|UN Women|CEPI|World Food Programme
Feeding America|Meals on Wheels|YMCA|YWCA|Special Olympics|Teach For America|City Year|UnidosUS|Planned Parenthood
March of Dimes|Mothers Against Drunk Driving|Everytown for Gun Safety|Greenpeace|Nature Conservancy|Earthjustice
CARE International|World Vision|Direct Relief|Project HOPE|Heifer International|Human Rights First|Transparency International
Reporters Without Borders|PEN America|AARP|SEIU|UAW|United Auto Workers|United Steelworkers|AFSCME|IBEW
Business Roundtable|Médecins Sans Frontières|Innocence Project|Marshall Project|Jewish National Fund
Children’s Defense Fund|Children's Defense Fund|NAACP Legal Defense and Educational Fund|World Economic Forum
Public Investment Fund|Russian Direct Investment Fund
al-Qaeda|al Qaida|al-Shabab|Al-Shabab|Al Shabaab|Tehrik-e-Taliban Pakistan|Tehrik-i-Taliban Pakistan|Tehreek-e-Taliban
Pakistani Taliban|Afghan Taliban|Lashkar-e-Toiba|Lashkar-e-Tayyiba|Jaish-e-Mohammad|Jaish-e-Muhammad|Hizbul Mujahideen
Hizb-ul-Mujahideen|Students Islamic Movement of India|Fatah|al-Aqsa Martyrs Brigades|Al-Aqsa Martyrs Brigades
Jemaah Islamiyah|Abu Sayyaf|FARC|LTTE|Tamil Tigers|Janjaweed|al-Nusra Front|Nusra Front|AQAP|AQIM|Ansar Dine
Mahdi Army|Islamic Courts Union|Sunni Awakening|Awami League|Pakistan Peoples Party|Pakistan People's Party
Pakistan Muslim League-N|Pakistan Muslim League-Q|PML-N|PML-Q|Indian National Congress|Bharatiya Janata Party
Likud|Kadima|Sinn Féin|Sinn Fein|African National Congress|ZANU-PF|Fidesz|Syriza|United Russia|Kuomintang
Thai Rak Thai|Pheu Thai|United Iraqi Alliance|Iraqi Accordance Front|Kurdistan Democratic Party
Zanu-PF|Zanu PF|ZANU PF|Zimbabwe African National Union – Patriotic Front|Zimbabwe African National Union-Patriotic Front
UKIP|UK Independence Party|Pakistan Tehreek-e-Insaf|Non-Aligned Movement|Sotheby’s|Sotheby's
UNIFIL|AMISOM|MONUSCO|UNAMA|UNAMI|MINUSMA|UNMISS|UNMIL|MINUSTAH|KFOR|ISAF|UNTSO|UN Security Council
UN General Assembly|Organisation of Islamic Cooperation|Organization of Islamic Cooperation|Gulf Cooperation Council
Al-Qaeda in Iraq|al-Qaeda in Iraq|al-Qaeda in Yemen|Al-Qaeda in Yemen|al-Qaeda in the Arabian Peninsula
Al-Qaeda in the Arabian Peninsula|al-Qaeda in the Islamic Maghreb|Al-Qaeda in the Islamic Maghreb|Hizbul Islam
Movement for Democratic Change|Scotland Yard|Eurocopter|Islamic State of Iraq and the Levant|Islamic State of Iraq
"""

# Government bodies whose names the capitalised-run rules cannot read whole: a lower-case "in", an en dash.
_GOVERNMENT = """
Air Mobility Command
Made in America Office|Export–Import Bank|Export–Import Bank of the United States
"""


def _names(block: str) -> list[str]:
    return [n.strip() for line in block.splitlines() for n in line.split("|") if n.strip()]


KNOWN_ORGANISATIONS: dict[str, str] = {
    **{n: "company" for n in _names(_COMPANIES)},
    **{n: "company" for n in _names(_MEDIA)},
    **{n: "other" for n in _names(_UNIVERSITIES)},
    **{n: "international" for n in _names(_INTERNATIONAL)},
    **{n: "government" for n in _names(_GOVERNMENT)},
}

# Short forms whose letters are not the initials of the full name, for when both are written.
KNOWN_SHORT_FORMS = {
    "UKIP": "UK Independence Party", "IDB": "Inter-American Development Bank", "U.N.": "United Nations", "UN": "United Nations",
    "E.U.": "European Union", "EU": "European Union", "AU": "African Union", "ADB": "Asian Development Bank",
    "IMF": "International Monetary Fund", "WHO": "World Health Organization", "WTO": "World Trade Organization",
    "OAS": "Organization of American States", "West Point": "United States Military Academy",
    "AmeriCorps": "Corporation for National and Community Service", "OSCE": "Organization for Security and Cooperation in Europe",
    "Marriott": "Marriott International", "Kodak": "Eastman Kodak", "Fed": "Federal Reserve",
}

# U.S. federal short forms whose letters are not the initials the extractor reads ("DOJ", "HHS").
FEDERAL_ACRONYMS = {
    "DOJ": "Department of Justice", "DOD": "Department of Defense", "DoD": "Department of Defense",
    "DHS": "Department of Homeland Security", "DOE": "Department of Energy", "DOT": "Department of Transportation",
    "HHS": "Department of Health and Human Services", "HUD": "Department of Housing and Urban Development",
    "USDA": "Department of Agriculture", "DOL": "Department of Labor", "DOI": "Department of the Interior",
    "VA": "Department of Veterans Affairs", "ED": "Department of Education", "DOC": "Department of Commerce",
    "USTR": "Office of the United States Trade Representative", "OMB": "Office of Management and Budget",
    "OSTP": "Office of Science and Technology Policy", "NSC": "National Security Council",
    "NEC": "National Economic Council", "DPC": "Domestic Policy Council", "EPA": "Environmental Protection Agency",
    "USAID": "Agency for International Development", "NIH": "National Institutes of Health",
    "CDC": "Centers for Disease Control and Prevention", "FDA": "Food and Drug Administration",
    "FEMA": "Federal Emergency Management Agency", "FBI": "Federal Bureau of Investigation",
    "DFC": "International Development Finance Corporation", "SBA": "Small Business Administration",
    "OPM": "Office of Personnel Management", "GSA": "General Services Administration",
    "FAA": "Federal Aviation Administration", "NASA": "National Aeronautics and Space Administration",
    "NOAA": "National Oceanic and Atmospheric Administration", "FCC": "Federal Communications Commission",
    "FTC": "Federal Trade Commission", "SEC": "Securities and Exchange Commission",
    "CISA": "Cybersecurity and Infrastructure Security Agency", "ODNI": "Office of the Director of National Intelligence",
}
