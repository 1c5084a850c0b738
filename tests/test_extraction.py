"""Entity extraction on the reference file, in plain Python and through the importer."""

import pytest
from django.core.management import call_command

from articles.extraction.extract import extract
from articles.importing.parse import parse_file
from articles.models import Article


@pytest.fixture
def entities(reference_file, gazetteer):
    parsed = parse_file(reference_file, max_bytes=10**7)
    return extract(parsed.title, parsed.paragraphs, gazetteer)


def test_it_finds_the_four_officials_with_their_offices(entities):
    officials = {(p.name, p.title, p.organisation, p.country) for p in entities.officials}
    assert officials == {
        ("Tsai Ming-yen", "Director-General", "National Security Bureau", ""),
        ("Wellington Koo", "Minister of National Defense", "", ""),
        ("Chen Chun-yu", "Legislator", "Democratic Progressive Party", ""),
        ("Shigeru Iwasaki", "former military leader", "", "JP"),
    }


def test_short_references_count_for_the_person_already_found(entities):
    tsai = next(p for p in entities.people if p.name == "Tsai Ming-yen")
    assert tsai.count == 5  # the full name once, then "Tsai" four times
    assert not any(p.name == "Tsai" for p in entities.people)


def test_countries_come_from_the_article_not_the_teasers(entities):
    assert set(entities.countries) == {"TW", "CN", "JP"}
    assert entities.countries["TW"] > entities.countries["CN"]


def test_nobody_from_the_teasers_is_found(entities):
    names = {p.name for p in entities.people}
    assert not names & {"Xi", "Park Eun Bin"}


def test_it_finds_the_organisations_without_possessives(entities):
    names = {o.name for o in entities.organisations}
    assert {"National Security Bureau", "Legislative Yuan", "Democratic Progressive Party",
            "Foreign Affairs and National Defense Committee"} <= names
    assert not any("’s" in n or n.startswith("the ") for n in names)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        ("Chad Wolf visited Georgia and New Mexico.", set(), {"TD", "GE", "MX"}),
        ("Officials in Tbilisi said Georgia will join.", {"GE"}, set()),
        ("Leaders from Latin America met U.S. officials.", {"US"}, set()),
        ("Japanese and South Korean ministers met in Seoul.", {"JP", "KR"}, set()),
    ],
)
def test_ambiguous_country_words_need_evidence(gazetteer, text, present, absent):
    found = set(extract("", [text], gazetteer).countries)
    assert present <= found and not (absent & found)


@pytest.mark.django_db
def test_the_importer_links_officials_countries_and_organisations(client, reference_file):
    call_command("import_articles", str(reference_file), verbosity=0)
    article = Article.objects.get()
    assert {m.person.name: m.title for m in article.person_mentions.select_related("person")} == {
        "Tsai Ming-yen": "Director-General",
        "Wellington Koo": "Minister of National Defense",
        "Chen Chun-yu": "Legislator",
        "Shigeru Iwasaki": "former military leader",
    }
    assert set(article.countries.values_list("code", flat=True)) == {"TW", "CN", "JP"}
    response = client.get("/search/", {"q": "intelligence", "country": "tw", "official": "tsai-ming-yen"})
    assert [a.title for a in response.context["page"].object_list] == [article.title]
    assert "<mark>intelligence</mark>" in response.content.decode()
    response = client.get("/search/", {"q": "intelligence", "country": "MN"})
    assert list(response.context["page"].object_list) == []


@pytest.mark.django_db
def test_reimporting_keeps_links_an_editor_confirmed(reference_file):
    call_command("import_articles", str(reference_file), verbosity=0)
    article = Article.objects.get()
    mention = article.country_mentions.get(country_id="JP")
    mention.confirmed = True
    mention.count = 99
    mention.save()
    from articles.importing.entities import build_gazetteer, link_entities
    from articles.importing.parse import parse_file as parse

    parsed = parse(reference_file, max_bytes=10**7)
    link_entities(article, extract(parsed.title, parsed.paragraphs, build_gazetteer()))
    assert article.country_mentions.get(country_id="JP").count == 99
    assert article.country_mentions.count() == 3


def _officials(gazetteer, title, *paragraphs):
    return {p.name: p for p in extract(title, list(paragraphs), gazetteer).officials}


def _organisations(gazetteer, *paragraphs):
    return {o.name for o in extract("", list(paragraphs), gazetteer).organisations}


def test_nominees_named_with_to_be_or_a_colon_are_officials(gazetteer):
    officials = _officials(
        gazetteer,
        "President Biden Announces Key Nominees",
        "David Samuel Johnson, Nominee to be Inspector General for Tax Administration, U.S. Department of the Treasury",
        "1. Peter D. Leary: Candidate for United States Attorney for the Middle District of Georgia",
        "Scott A. Nathan, Nominee for Chief Executive Officer of the United States International Development "
        "Finance Corporation",
    )
    assert {"David Samuel Johnson", "Peter D. Leary", "Scott A. Nathan"} <= set(officials)
    assert officials["David Samuel Johnson"].title == "Nominee to be Inspector General"


def test_a_headline_verb_is_not_part_of_the_name(gazetteer):
    officials = _officials(
        gazetteer,
        "Fact Sheet: President Biden Expands Efforts to Recruit More Vaccinators",
        "Today President Biden is announcing new steps to increase the number of vaccinators.",
    )
    assert set(officials) == {"Biden"}


def test_a_company_officer_is_not_an_official_but_a_public_corporations_is(gazetteer):
    officials = _officials(
        gazetteer,
        "",
        "Jane Roe, Chief Operating Officer of Acme Widgets Group, joined the call.",
        "Singh was joined by David Marchick, Chief Operating Officer of the U.S. International Development Finance "
        "Corporation.",
    )
    assert "David Marchick" in officials
    assert "Jane Roe" not in officials


def test_a_name_after_a_long_office_is_found(gazetteer):
    officials = _officials(
        gazetteer,
        "",
        "White House Coordinator for the Middle East and North Africa Brett McGurk met the Prime Minister. "
        "McGurk welcomed the agreement. Speaker of the House Nancy Pelosi hosted the lunch.",
    )
    assert officials["Brett McGurk"].title == "Coordinator for the Middle East and North Africa"  # the post as written
    assert officials["Nancy Pelosi"].organisation == "House"
    assert "Middle East" not in officials and "North Africa Brett McGurk" not in officials


def test_names_with_particles_and_appointments_are_officials(gazetteer):
    officials = _officials(
        gazetteer,
        "",
        "We thank President von der Leyen for her partnership.",
        "President Biden announced that Krystal Ka’ai has been selected to serve as Executive Director of the "
        "Initiative.",
    )
    assert {"von der Leyen", "Krystal Ka’ai"} <= set(officials)


def test_organisation_names_keep_their_lists_possessive_offices_and_campuses(gazetteer):
    names = _organisations(
        gazetteer,
        "She served on the U.S. Senate Committee on Banking, Housing, and Urban Affairs and at the United States "
        "Attorney’s Office for the District of Columbia. He studied at the University of Texas at Austin and "
        "worked for U.S. Customs and Border Protection.",
    )
    assert {
        "U.S. Senate Committee on Banking, Housing, and Urban Affairs",
        "United States Attorney’s Office for the District of Columbia",
        "University of Texas at Austin",
        "U.S. Customs and Border Protection",
    } <= names
    assert "Office for the District of Columbia" not in names and "U.S. Customs" not in names


def test_presidencies_rooms_and_boards_of_directors_are_not_organisations(gazetteer):
    names = _organisations(
        gazetteer,
        "The Biden-Harris Administration met in the Oval Office. My Administration will act. She serves on the "
        "Board of Directors of the Export-Import Bank of the United States. The Food and Drug Administration agreed.",
    )
    assert "Export-Import Bank of the United States" in names
    assert "Food and Drug Administration" in names
    assert not names & {"Biden-Harris Administration", "Oval Office", "My Administration", "Board of Directors"}


def test_the_white_house_counts_when_it_acts_not_as_a_venue(gazetteer):
    assert "White House" in _organisations(gazetteer, "The White House announced new sanctions.")
    assert "White House" not in _organisations(gazetteer, "The leaders met at the White House on Friday.")
    assert "White House" not in _organisations(
        gazetteer, "The White House Office of Science and Technology Policy released a report."
    )


def test_the_house_is_the_house_of_representatives_named_in_the_article(gazetteer):
    names = _organisations(gazetteer, "The U.S. House of Representatives voted. Later the House adjourned.")
    assert "U.S. House of Representatives" in names and "House" not in names


def test_companies_described_by_the_text_are_organisations(gazetteer):
    names = _organisations(
        gazetteer,
        "Investments so far:\n-   Clarios announced a $6 billion plan to expand its domestic manufacturing.\n"
        "-   Germany-based Siemens announced a $285 million investment in U.S.-based AI data centers.",
    )
    assert {"Clarios", "Siemens"} <= names
    assert "AI" not in names


@pytest.mark.parametrize(
    "text, absent",
    [
        ("He spoke about Northern Ireland.", {"IE", "GB"}),
        ("Aid reached Gaza and the West Bank.", {"PS"}),
        ("He speaks Spanish, Russian, Portuguese, Italian, Serbian, Croatian, and Czech.", {"ES", "RU", "PT", "IT", "RS", "HR", "CZ"}),
        ("Chobani, a Greek yogurt giant, announced a $1.2 billion investment.", {"GR"}),
    ],
)
def test_words_that_do_not_name_the_country(gazetteer, text, absent):
    assert not set(extract("", [text], gazetteer).countries) & absent


@pytest.mark.parametrize(
    "text, absent, present",
    [
        ("Her foreign languages are German, Polish, and Serbo-Croatian.", {"DE", "PL", "HR"}, set()),
        ("He speaks Italian fluently and served in Kenya.", {"IT"}, {"KE"}),
        ("She speaks fluent Japanese. She served in Peru.", {"JP"}, {"PE"}),
    ],
)
def test_languages_listed_or_spoken_fluently_are_not_countries(gazetteer, text, absent, present):
    found = set(extract("", [text], gazetteer).countries)
    assert not found & absent
    assert present <= found


def test_us_before_a_lower_case_word_is_the_country(gazetteer):
    assert "US" in extract("", ["He worked inside the US government."], gazetteer).countries
    assert "US" not in extract("", ["JOIN US TODAY"], gazetteer).countries


def test_firms_named_by_surnames_and_names_with_plural_possessives(gazetteer):
    names = _organisations(
        gazetteer,
        "She was a partner at Fish & Richardson and worked on R&D. The Tigray People’s Liberation Front and "
        "the Federal Reserve responded; the Committee on Ways & Means met.",
    )
    assert {"Fish & Richardson", "Tigray People’s Liberation Front", "Federal Reserve"} <= names
    assert not names & {"R&D", "Ways & Means", "Tigray People", "Liberation Front"}


# -- generalisation rules (organisations) -------------------------------------------------


def test_well_known_bodies_named_without_an_organisation_word(gazetteer):
    names = _organisations(
        gazetteer,
        "Boeing and SpaceX briefed Axios. Nippon Steel’s bid was discussed; Huawei was not. "
        "She studied at Harvard and at the Massachusetts Institute of Technology — the MIT, a research university. "
        "He is a Harvard-educated lawyer who watched ABC This Week and helped create the AmeriCorps program.",
    )
    assert {"Boeing", "SpaceX", "Axios", "Nippon Steel", "Huawei", "Harvard", "Massachusetts Institute of Technology"} <= names
    assert not names & {"MIT", "ABC", "AmeriCorps"}


def test_acronyms_merge_with_the_spelled_out_department(gazetteer):
    names = _organisations(
        gazetteer,
        "The Department of Justice and the Department of Health and Human Services met. DOJ and HHS agreed; "
        "the DOJ Reproductive Rights Task Force will report. USAID’s CATALYZE program and the EU’s plan.",
    )
    assert {"Department of Justice", "Department of Health and Human Services", "Reproductive Rights Task Force",
            "USAID", "EU"} <= names
    assert not names & {"DOJ", "HHS", "DOJ Reproductive Rights Task Force"}


def test_lists_of_bodies_are_split_and_names_with_lists_are_kept(gazetteer):
    names = _organisations(
        gazetteer,
        "Partnerships with the University of Chicago and Purdue University. Her role in the G7 and European Union. "
        "The Department of Energy and Department of Transportation helped. He organized for the American "
        "Federation of State, County and Municipal Employees (AFSCME).",
    )
    assert {"University of Chicago", "Purdue University", "G7", "European Union", "Department of Energy",
            "Department of Transportation", "American Federation of State, County and Municipal Employees"} <= names
    assert not names & {"University of Chicago and Purdue University", "American Federation of State"}


def test_missions_campuses_consulates_and_law_firms_with_listed_partners(gazetteer):
    names = _organisations(
        gazetteer,
        "He was Deputy Chief of Mission at the U.S. Mission to the European Union and Consul General of the "
        "U.S. Consulate General in Lahore. She studied at the University of Nevada, Reno. She studied at Southern "
        "Illinois University at Carbondale, then joined Paul, Weiss, Rifkind, Wharton & Garrison LLP and the "
        "Organization for Security and Cooperation in Europe. He served in the 18th Judicial District Court.",
    )
    assert {"U.S. Mission to the European Union", "U.S. Consulate General in Lahore", "University of Nevada, Reno",
            "Southern Illinois University at Carbondale", "Paul, Weiss, Rifkind, Wharton & Garrison LLP",
            "Organization for Security and Cooperation in Europe", "18th Judicial District Court"} <= names
    assert not names & {"European Union", "U.S. Consulate", "Wharton & Garrison LLP", "Judicial District Court"}


def test_offices_awards_degrees_bases_venues_and_events_are_not_bodies(gazetteer):
    names = _organisations(
        gazetteer,
        "He was Chief of Police for the Metro Transit Police Department and Union Co-Chair of the American Bar "
        "Association. She is pursuing a Master of Transportation Safety Administration degree and won a "
        "Presidential Distinguished Service Award at Scott Air Force Base. The U.S.-Africa Space Forum met at the "
        "Lima Convention Center on the sidelines of the 28th Conference of the Parties. He was Deputy Executive "
        "Secretary of the White House National Security Council.",
    )
    assert {"Metro Transit Police Department", "American Bar Association", "White House National Security Council"} <= names
    assert not names & {
        "Police for the Metro Transit Police Department", "Union Co-Chair of the American Bar Association",
        "Transportation Safety Administration", "Presidential Distinguished Service", "Scott Air Force",
        "U.S.-Africa Space Forum", "Lima Convention Center", "Conference of the Parties", "White House",
    }


# -- generalisation rules (officials) -----------------------------------------------------


def test_plural_offices_before_a_list_of_names(gazetteer):
    officials = _officials(
        gazetteer, "", "He was joined by Representatives Brendan Boyle, Madeleine Dean, and Joe Courtney."
    )
    assert {"Brendan Boyle", "Madeleine Dean", "Joe Courtney"} <= set(officials)
    assert officials["Madeleine Dean"].title == "Representative"


def test_a_plural_office_with_its_portfolio_and_a_list_of_surnames(gazetteer):
    officials = _officials(
        gazetteer,
        "",
        "Nominated twice by Secretaries of State John Kerry and Hillary Clinton, she advised Governors McAuliffe "
        "and Northam on veterans.",
        "Thank you to Representatives McMorris Rodgers and Latta, and Senators Barrasso, Coons, and Risch.",
    )
    assert officials["John Kerry"].title == officials["Hillary Clinton"].title == "Secretary of State"
    assert officials["McAuliffe"].title == officials["Northam"].title == "Governor"
    assert officials["Latta"].title == "Representative"
    # the next office starts its own list: Senators are not Representatives, nor is "Senators Barrasso" a name
    assert officials["Barrasso"].title == officials["Risch"].title == "Senator"
    assert not any(name.startswith("Senators") for name in officials)


def test_surnames_after_a_plural_office_ended_by_and_others_or_by_the_next_office(gazetteer):
    # a bills-signed release thanks the sponsors by surname, the list closed by "and many others" or by the next office
    officials = _officials(
        gazetteer,
        "",
        "Thank you to Senators Lee, Luján, and many others for their leadership.",
        "Thank you for Representatives Foxx, Budd, Hudson, Senators Burr and Tillis, and many others.",
    )
    assert officials["Lee"].title == officials["Luján"].title == "Senator"
    assert officials["Foxx"].title == officials["Hudson"].title == "Representative"
    assert officials["Tillis"].title == "Senator"
    # an office not written in the plural ends the list as well, and its holder is its own
    officials = _officials(
        gazetteer, "", "Thank you to Representatives Davids, Williams, Resident Commissioner González-Colón, and many others."
    )
    assert officials["Davids"].title == officials["Williams"].title == "Representative"
    assert officials["González-Colón"].title == "Resident Commissioner"
    # a hockey club named Senators lists players, where a state's Senators are senators
    assert not _officials(gazetteer, "", "The Ottawa Senators Brady Tkachuk and Tim Stützle scored twice.")
    assert set(_officials(gazetteer, "", "Texas Senators Cornyn and Cruz voted no.")) == {"Cornyn", "Cruz"}
    # still no list: one word alone ended by "and others" ("Senators Say and others agree")
    assert not _officials(gazetteer, "", "The vote is close. Senators Say, and others agree.")


def test_an_author_who_signs_with_an_office_is_an_official_of_the_article(gazetteer, tmp_path):
    body = ["During his first two years in office President Biden worked with Congress to pass his agenda."]
    signed = extract(
        "In 2023, the Agenda Grew", body, gazetteer,
        byline="Rosie Hidalgo, Special Assistant to the President and Senior Advisor, Gender Policy Council",
    )
    hidalgo = next(p for p in signed.officials if p.name == "Rosie Hidalgo")
    assert hidalgo.title == "Special Assistant to the President"
    # an author under a name alone, or under the outlet, is no official, and the outlet is not what the article names
    for byline in ("Jane Doe", "Jane Doe, Reuters", ""):
        found = extract("In 2023, the Agenda Grew", body, gazetteer, byline=byline)
        assert {p.name for p in found.officials} == {"Biden"}
        assert "Reuters" not in {o.name for o in found.organisations}
    # a name the archive knows as an official signs as a commentator: no office written, no official
    from articles.extraction.gazetteer import Gazetteer, KnownEntity

    known = Gazetteer.from_seed({"US": "United States"}, people=[KnownEntity(1, "Jen Psaki", official=True)])
    assert "Jen Psaki" not in {p.name for p in extract("Title", body, known, byline="Jen Psaki, MSNBC").officials}
    # the body's surname is the signing official, once; a co-author's outlet is not the article's body
    found = extract(
        "Title", ["Deputy Chief of Staff Quillian said the agenda grew."], gazetteer,
        byline="Natalie Quillian, Deputy Chief of Staff, and Jane Smith, Reuters",
    )
    assert [p.name for p in found.officials] == ["Natalie Quillian"]
    assert "Reuters" not in {o.name for o in found.organisations}
    # a short byline is no venue line: its official's body stays
    found = extract("Title", body, gazetteer, byline="Jane Doe, Director of the Domestic Policy Council")
    assert "Domestic Policy Council" in {o.name for o in found.organisations}
    # through the parser: the "By ..." line under the title is the byline, and its official is found
    path = tmp_path / "2023-12-22-agenda.txt"
    path.write_text(
        "In 2023, the Agenda Grew\n\nBy Natalie Quillian, Assistant to the President and Deputy Chief of Staff\n\n"
        + body[0] + "\n",
        encoding="utf-8",
    )
    parsed = parse_file(path, max_bytes=10**6)
    assert parsed.byline == "Natalie Quillian, Assistant to the President and Deputy Chief of Staff"
    found = extract(parsed.title, parsed.paragraphs, gazetteer, parsed.byline)
    assert "Natalie Quillian" in {p.name for p in found.officials}


def test_a_lone_capitalised_word_after_a_plural_office_is_no_name(gazetteer):
    # one word alone is as often a heading or a verb as a surname; only a list joined by "and" is surnames
    assert not _officials(gazetteer, "", "The vote is close, and Senators Say they will decide on Monday.")


def test_an_appointment_written_as_will_join_or_will_serve_names_an_official(gazetteer):
    officials = _officials(
        gazetteer,
        "President Trump Announces Appointments",
        "Alex Pfeiffer will join the White House as a Deputy Assistant to the President and Principal Deputy "
        "Communications Director after previously serving as a Communications Adviser.",
        "Harrison Fields will return to the White House as Special Assistant to the President.",
        "Kush Desai will serve as a Deputy Press Secretary after serving at the Republican National Committee.",
        "Jake Schneider will join the White House as Rapid Response Director after serving on the campaign.",
        "Jane Roe will join the company as its chief economist.",
    )
    assert officials["Alex Pfeiffer"].title == "Deputy Assistant to the President"
    assert officials["Harrison Fields"].title == "Special Assistant to the President"
    assert officials["Kush Desai"].title == "Deputy Press Secretary"
    assert officials["Jake Schneider"].title == "Rapid Response Director"
    assert "Jane Roe" not in officials


def test_nominee_headings_levels_of_government_ranks_and_okina(gazetteer):
    officials = _officials(
        gazetteer,
        "",
        "1.  Rachelle L. Crowe: United States Attorney Nominee for the Southern District of Illinois",
        "Jacqueline C. Romero has served as an Assistant United States Attorney since 2006.",
        "Mark Doe has served as the State Senator for Illinois’s 56th District since 2019.",
        "Phillip A. Talbert has served as the Attorney General-appointed United States Attorney since 2021.",
        "His son, First Lieutenant Phil Sanchez, graduated. She worked in the Office of Congressman Kaiali‘i Kahele.",
    )
    assert {"Rachelle L. Crowe", "Jacqueline C. Romero", "Mark Doe", "Phil Sanchez", "Kaiali‘i Kahele"} <= set(officials)
    assert officials["Mark Doe"].title == "State Senator"
    assert "General-appointed" not in officials


def test_a_first_lady_is_not_merged_with_the_president_of_her_surname(gazetteer):
    officials = _officials(
        gazetteer,
        "",
        "President Joseph R. Biden will travel, joined by First Lady Jill Biden. President Biden said so.",
        "Professor Isa Ali Ibrahim, Minister of Communications, signed.",
    )
    assert {"Joseph R. Biden", "Jill Biden", "Isa Ali Ibrahim"} <= set(officials)
    assert officials["Jill Biden"].title == "First Lady"


def test_joint_bodies_slashes_and_second_bodies_after_and_of_the(gazetteer):
    names = _organisations(
        gazetteer,
        "She served at the Joint Readiness Command and the Joint Office of Energy and Transportation.",
        "He studied at Ohio State University/Rutgers School of Law and the National War College.",
        "She is a Fellow of the American Academy of Diplomacy and of the American Law Institute.",
        "He was director of the Office of Andean Affairs and Director of the Bureau of Consular Affairs.",
        "She worked in Boston and The Woods Hole Research Center.",
    )
    assert {
        "Joint Readiness Command", "Joint Office of Energy and Transportation", "Ohio State University",
        "Rutgers School of Law", "American Academy of Diplomacy", "American Law Institute", "Office of Andean Affairs",
        "Bureau of Consular Affairs", "Woods Hole Research Center",
    } <= names
    assert not {
        "Readiness Command", "Office of Energy and Transportation", "American Academy of Diplomacy and of the American Law Institute",
        "Office of Andean Affairs and Director of the Bureau of Consular Affairs",
    } & names
    assert not any("/" in n or n.startswith(("Boston", "The ")) for n in names)


def test_armed_forces_complete_a_name_and_a_bare_head_before_and_does_not_split(gazetteer):
    names = _organisations(
        gazetteer,
        "He graduated from the Industrial College of the Armed Forces and the Command and General Staff College.",
        "She met the Chief of Staff of the Armed Forces of Ruritania.",
    )
    assert {"Industrial College of the Armed Forces", "Command and General Staff College"} <= names
    assert not {"Industrial College", "Armed Forces", "General Staff College"} & names


def test_programme_funds_and_country_qualifiers_are_not_bodies(gazetteer):
    names = _organisations(
        gazetteer,
        "States used the Capital Projects Fund and the Local Fiscal Recovery Funds with the Disaster Relief Fund.",
        "The International Monetary Fund and the Native American Rights Fund commented.",
        "The Department of Defense for Ukraine announced a package. The embassy of Trinidad & Tobago opened.",
        "He joined Winston & Strawn.",
    )
    assert {"International Monetary Fund", "Native American Rights Fund", "Department of Defense", "Winston & Strawn"} <= names
    assert not {"Capital Projects Fund", "Local Fiscal Recovery Funds", "Disaster Relief Fund", "Department of Defense for Ukraine"} & names
    assert not any("Tobago" in n for n in names)


def test_surname_words_end_a_full_name_and_a_portfolio_after_a_comma_is_no_name(gazetteer):
    officials = _officials(
        gazetteer,
        "",
        "Mary Ellen King, Nominee to be a Member of the Federal Maritime Commission",
        "She clerked for Chief Judge Robert James White on the Court of Appeals.",
        "She was Deputy Chief of Staff, Logistics, and Assistant Secretary of the Navy, Manpower and Reserve Affairs.",
        "Senator Bob Casey spoke. The White House said so.",
    )
    assert {"Mary Ellen King", "Robert James White", "Bob Casey"} <= set(officials)
    assert not {"Mary Ellen", "Robert James", "Logistics", "Manpower"} & set(officials)


def test_colleges_of_universities_un_conferences_and_embassies_named_by_city(gazetteer):
    names = _organisations(
        gazetteer,
        "She graduated from Teachers College of Columbia University and the University of Iowa College of Law.",
        "He attended the 27th United Nations Climate Change Conference of the Parties in Egypt.",
        "She served at U.S. Embassy Kampala, Uganda, and later at the Embassy in Nairobi; Embassy Nairobi grew.",
        "The U.S. Embassy Monday announced a visa change.",
    )
    assert {"Teachers College", "Columbia University", "University of Iowa College of Law", "United Nations"} <= names
    assert {"U.S. Embassy Kampala", "Embassy in Nairobi"} <= names
    assert not {"Teachers College of Columbia University", "Embassy Nairobi", "U.S. Embassy Monday"} & names
    assert not any("Conference" in n or n.startswith("27th") for n in names)


def test_panels_working_groups_on_a_subject_and_designations(gazetteer):
    names = _organisations(
        gazetteer,
        "She serves on the district’s Bankruptcy Judge Merit Selection Panel.",
        "The order creates the Presidential Working Group on Critical Minerals.",
        "The State Department designated the gang as a Foreign Terrorist Organization.",
        "The Carlyle Group on Tuesday bought a company.",
    )
    assert {"Bankruptcy Judge Merit Selection Panel", "Presidential Working Group on Critical Minerals", "Carlyle Group"} <= names
    assert not {"Foreign Terrorist Organization", "Presidential Working Group", "Carlyle Group on Tuesday"} & names
    officials = _officials(gazetteer, "", "She was appointed to the Magistrate Judge Merit Selection Panel.")
    assert "Merit Selection Panel" not in officials


def test_a_region_adjective_does_not_start_a_name(gazetteer):
    officials = _officials(
        gazetteer,
        "",
        "He was Director of the Office of Central African Affairs and of the Office of Southern African Affairs.",
        "Director Kanye West spoke with Senator Mark Eastman.",
    )
    assert not {"Central African", "Southern African"} & set(officials)
    assert {"Kanye West", "Mark Eastman"} <= set(officials)


def test_house_and_senate_are_two_chambers(gazetteer):
    names = _organisations(gazetteer, "There is overwhelming support in the House and Senate for the bill.")
    assert "House and Senate" not in names
    assert "Senate" in names


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The Internal Revenue Service Announces New Rules for filers.", {"Internal Revenue Service"}),
        ("The National Weather Service Tuesday warned of storms.", {"National Weather Service"}),
        ("The First Lady’s Joining Forces initiative helps military families.", set()),
        ("She joined the Board of Trustees of Puerto Rico in 2010.", {"Board of Trustees of Puerto Rico"}),
        ("Amnesty for undocumented workers was debated.", set()),
        ("He grew up in Corning, New York.", set()),
    ],
)
def test_a_body_is_not_lost_to_a_headline_word_nor_made_of_a_place_or_a_common_word(gazetteer, sentence, expected):
    """Review of rounds 5-6: a capitalised verb or weekday after "Service" is not a programme's noun; "Board of X
    of <a place>" does not make the place a body; a known name that is also a common word or a town needs its full form."""
    found = {o.name for o in extract("Title", [sentence], gazetteer).organisations}
    assert found == expected


# -- round 7 -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, person, official",
    [
        ("Acme Widgets Corporation President Jane Roe: “We welcome the decision.”", "Jane Roe", False),
        ("National Pipe Fitters Association President Jane Roe praised the order.", "Jane Roe", False),
        ("United Brickworkers President Jane Roe: “A great day for our members.”", "Jane Roe", False),
        ("Clean Grid Coalition Executive Director Jane Roe said the rule helps.", "Jane Roe", False),
        ("The tariffs were welcomed by Jane Roe, President of the Aluminum Makers Association.", "Jane Roe", False),
        # public bodies keep their heads official
        ("National Science Foundation Director Jane Roe announced the grants.", "Jane Roe", True),
        ("Jane Roe, Chief Operating Officer of the U.S. International Development Finance Corporation, spoke.", "Jane Roe", True),
        ("National Governors Association Chair Jane Roe welcomed the funds.", "Jane Roe", True),
        ("Senate President Jane Roe opened the session.", "Jane Roe", True),
        # review: a shared head ("Group", "Industries") or a union word inside a government body's name
        ("Carrier Strike Group Commander Jane Roe led the exercise.", "Jane Roe", True),
        ("Office of Workers’ Compensation Programs Director Jane Roe announced the change.", "Jane Roe", True),
        ("Federal Prison Industries Director Jane Roe testified.", "Jane Roe", True),
    ],
)
def test_heads_of_companies_unions_and_trade_bodies_are_people_not_officials(gazetteer, sentence, person, official):
    """Round 7: "<company/union/trade association> President X" names no public office (guidelines)."""
    people = {p.name: p for p in extract("Title", [sentence], gazetteer).people}
    assert person in people
    assert people[person].official is official


@pytest.mark.parametrize(
    "sentence, present, absent",
    [
        ("President Trump KEEPS HIS PROMISES on trade.", "Trump", "Trump KEEPS HIS PROMISES"),
        ("We welcomed Lonnie G. Bunch III, Secretary of the Smithsonian.", "Lonnie G. Bunch III", "Lonnie G. Bunch"),
    ],
)
def test_shouted_capitals_after_a_name_are_not_part_of_it(gazetteer, sentence, present, absent):
    """Round 7: all-capital words after a mixed-case name end it; Roman numerals do not."""
    names = {p.name for p in extract("Title", [sentence], gazetteer).people}
    assert present in names
    assert absent not in names


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["WXYZ-TV (Springfield, IL): Gas prices fall", "KABC-FM reported the story."], {"WXYZ-TV", "KABC-FM"}),
        (["-   Springfield Courier (Springfield, IL): Prices drop ahead of the holiday"], {"Springfield Courier"}),
        (["-   WQRS (Terre Haute, IN): Prices drop ahead of the holiday"], {"WQRS"}),
        (["The story ran in the Smalltown Gazette and the Bigcity Journal Sentinel on Sunday."],
         {"Smalltown Gazette", "Bigcity Journal Sentinel"}),
        (["He told the Riverside Post-Gazette that prices fell."], {"Riverside Post-Gazette"}),
        # not outlets: a TV set, an operation, an office, a person's quote line
        (["They bought a new TV-set and an FM radio."], set()),
        (["Operation Sentinel began on Monday."], set()),
        (["-   Mayor Jane Roe (Springfield, IL): We welcome the funds."], set()),
        # review: a long run of hyphenated capitals before a masthead word is read in linear time
        (["The Herald said " + "A-" * 3000], set()),
    ],
)
def test_broadcasters_mastheads_and_round_up_outlets_are_organisations(gazetteer, paragraphs, expected):
    """Round 7: call signs, newspaper mastheads, and the outlet of a "Name (City, ST): headline" line."""
    assert _organisations(gazetteer, *paragraphs) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Boilermakers Union aside, United Steelworkers President Jane Roe spoke.", "United Steelworkers"),
        ("He was counsel to the Senate Committee on Banking, Housing, & Urban Affairs.",
         "Senate Committee on Banking, Housing, & Urban Affairs"),
        ("She chaired the Majority Leader’s Task Force on Poverty and Opportunity.",
         "Majority Leader’s Task Force on Poverty and Opportunity"),
    ],
)
def test_known_bodies_before_an_office_listed_committee_names_and_leaders_task_forces(gazetteer, sentence, expected):
    """Round 7: a known name followed by an office is the body; "&" closes a listed committee name; a leader's task
    force is one name."""
    assert expected in _organisations(gazetteer, sentence)


def test_a_treasury_portfolio_is_not_part_of_the_body(gazetteer):
    """Round 7: "Assistant Secretary of the Treasury for Corporate Finance": the portfolio is the office's."""
    names = _organisations(gazetteer, "He was Deputy Assistant Secretary of the Treasury for Corporate Finance, where he led.")
    assert "Treasury for Corporate Finance" not in names


@pytest.mark.parametrize(
    "sentence, present, absent",
    [
        ("She was a partner at the law firm Brandt Okafor before 2010.", "Brandt Okafor", None),
        ("He was an associate with the law firm of Lowell, Marsh and Keane. He then joined the Department.",
         "Lowell, Marsh and Keane", "Lowell, Marsh and Keane. He"),
        ("She practised at the law firm of Dunmore Pike Keane, L.L.P., in Ohio.", "Dunmore Pike Keane, L.L.P.", None),
        ("He joined the law firm Hale Brody, Ohio, in 2001.", "Hale Brody", "Hale Brody, Ohio"),
        ("After she left the law firm, Heckler has advised clients.", None, "Heckler"),
    ],
)
def test_firms_named_after_law_firm_are_organisations(gazetteer, sentence, present, absent):
    """Round 7: "the law firm (of) X": the biography says X is a firm, though X has no organisation word."""
    names = _organisations(gazetteer, sentence)
    assert present is None or present in names
    assert absent is None or absent not in names


@pytest.mark.parametrize(
    "sentence, present, absent",
    [
        ("He served on the Board of Directors of Red Oak Savings of Michigan.", "Red Oak Savings of Michigan",
         "Board of Directors of Red Oak Savings of Michigan"),
        ("She sits on the Board of Trustees of The Harbor Fund of Maine.", "Harbor Fund of Maine", None),
        ("The plan went to the Riverside Commission on January 20.", "Riverside Commission", "Riverside Commission on January"),
        ("The Ohio Emergency Management Agency and Federal partners met.", "Ohio Emergency Management Agency",
         "Ohio Emergency Management Agency and Federal"),
        ("Prices fell in South Dakota, Iowa & Minnesota this week.", None, "Iowa & Minnesota"),
    ],
)
def test_boards_of_bodies_dates_levels_of_government_and_listed_states(gazetteer, sentence, present, absent):
    """Round 7: the body after "Board of Directors of" keeps its "of"; a date, or "and Federal", after a head word is not
    part of the name; states joined by "&" are no firm."""
    names = _organisations(gazetteer, sentence)
    assert present is None or present in names
    assert absent is None or not any(absent in n for n in names)


@pytest.mark.parametrize(
    "sentence, present, absent",
    [
        # the topic goes on after "and the"
        ("She is a Fellow at the Halvorsen Center on Maritime Order and the Law and a lecturer.",
         "Halvorsen Center on Maritime Order and the Law", None),
        ("He was counsel to the Committee on Rivers and the Interior in the House of Representatives.",
         "Committee on Rivers and the Interior", None),
        ("The Ministry of Fisheries and the Pentagon met.", "Ministry of Fisheries", "Ministry of Fisheries and the Pentagon"),
        ("He clerked for the Supreme Court of Appeals of Dorland and the Fourth Circuit.", None,
         "Supreme Court of Appeals of Dorland and the Fourth Circuit"),
        # a listed topic after a head word and "for"/"of"
        ("She led the Administration for Elders, Veterans and Families at the agency.",
         "Administration for Elders, Veterans and Families", None),
        ("He is a member of the Brandvold Academy of Letters, Music and Dance.", "Brandvold Academy of Letters, Music and Dance",
         None),
        # an office after "and" ends the name
        ("He is a Research Associate at the Kestrel Bureau of Labor Research and Non-Resident Senior Fellow at Orlen.",
         "Kestrel Bureau of Labor Research", "Kestrel Bureau of Labor Research and Non-Resident"),
        ("The Office of Planning and Budget Director Ana Reyes spoke.", "Office of Planning and Budget", None),
    ],
)
def test_where_and_comma_and_the_continue_or_end_a_name(gazetteer, sentence, present, absent):
    """Round 8: "and the" plus one or two plain words finishes a body's topic; a comma-listed topic after a head word's
    "for"/"of" is one name; "and" then an office word (or "Senior", "Non-...") ends the name."""
    names = _organisations(gazetteer, sentence)
    assert present is None or present in names
    assert absent is None or absent not in names


@pytest.mark.parametrize(
    "sentence, present, absent",
    [
        ("She rose through the ranks of the Marlow, Ohio Police Department over ten years.",
         "Marlow, Ohio Police Department", "Ohio Police Department"),
        ("Asked by Dana Whitlock, New York Times reporter, she declined.", None, "Dana Whitlock, New York Times"),
        ("He is a member of the Board of Directors of the Alliance for a Safer Harbor, a group.",
         "Alliance for a Safer Harbor", "Board of Directors of the Alliance for a Safer Harbor"),
        ("He commanded Carrier Strike Group 7 before the war.", "Carrier Strike Group 7", "Carrier Strike Group"),
        ("She served with Task Force 3-41 in the desert.", "Task Force 3-41", None),
        ("The Task Force 2024 report was late.", None, "Task Force 202"),
    ],
)
def test_towns_before_states_boards_for_a_and_numbered_units(gazetteer, sentence, present, absent):
    """Round 8: "the Town, State Body" keeps its town; "Board of Directors of the X for a Y" gives X for a Y; a military
    unit's number after its head word is part of its name (a year is not)."""
    names = _organisations(gazetteer, sentence)
    assert present is None or present in names
    assert absent is None or absent not in names


@pytest.mark.parametrize(
    "sentence, absent",
    [
        ("The law cracks down on Big Pharma price gouging.", "Big Pharma"),
        ("Predictably, the Fake News went into a frenzy.", "Fake News"),
        ("They expanded the Challenge to Prevent Harm Among Service Members, Veterans and Families.",
         "Prevent Harm Among Service"),
    ],
)
def test_sweeping_descriptions_and_title_case_headings_are_not_bodies(gazetteer, sentence, absent):
    """Round 8: "Big"/"Fake" + a head word describes an industry or the press; a title-case preposition ("Among",
    "Through", "Within") marks a heading or programme, not a body."""
    names = _organisations(gazetteer, sentence)
    assert not any(absent in n for n in names)


_PRIVATE_BIO = (
    "Marla Quince is the founder and chief executive of Quince Harbor Partners, a venture capital firm in Denver. "
    "She serves on the boards of the Denver Art Museum and the Rocky Mountain Literacy Foundation, and she is a "
    "member of the Council on Foreign Relations. Her research on water markets has been supported by the National "
    "Science Foundation. Quince earned her B.A. from Colorado College and her M.B.A. from Stanford University."
)
_PUBLIC_BIO = (
    "Tomas Redfield served as Deputy Director of Policy at the U.S. Department of the Interior from 2014 to 2017. "
    "Before that, he was a partner at Redfield & Stone LLP, where he advised water utilities on regulation. "
    "Redfield earned his B.A. from Oberlin College and his J.D. from the University of Michigan Law School, and "
    "he lives in Santa Fe with his family."
)


def test_a_nominee_whose_biography_names_no_public_post_is_not_an_official(gazetteer):
    """Round 9 (clar. 6): a nominee is an official only if the text names a public post they hold or held."""
    found = extract(
        "President Biden Announces Key Nominees",
        [
            "WASHINGTON – Today, President Joe Biden announced his intent to nominate the following individuals:",
            "-   Marla Quince, Nominee for Member of the National Council on the Arts",
            "-   Tomas Redfield, Nominee for Assistant Secretary for Water and Science, Department of the Interior",
            "Marla Quince, Nominee for Member of the National Council on the Arts",
            _PRIVATE_BIO,
            "Tomas Redfield, Nominee for Assistant Secretary for Water and Science, Department of the Interior",
            _PUBLIC_BIO,
        ],
        gazetteer,
    )
    officials = {p.name for p in found.officials}
    assert "Tomas Redfield" in officials
    assert "Marla Quince" not in officials
    assert "Marla Quince" in {p.name for p in found.people}  # still a person named in the text


def test_a_nominee_listed_without_a_biography_stays_an_official(gazetteer):
    officials = _officials(
        gazetteer,
        "President Biden Announces Key Nominees",
        "-   Marla Quince, Nominee for Member of the National Council on the Arts",
        "-   Tomas Redfield, Nominee for Assistant Secretary for Water and Science, Department of the Interior",
    )
    assert {"Marla Quince", "Tomas Redfield"} <= set(officials)


@pytest.mark.parametrize(
    "bio, public",
    [
        ("She was a Legislative Assistant to then-U.S. Senator Ann Doe for six years.", True),
        ("He served in the Obama-Biden Administration for nearly five years.", True),
        ("He is a retired Navy Reserve Engineering Duty Officer.", True),
        ("She was elected as Ohio Democratic Party Chair in 2015.", True),
        ("After clerking for the Ninth Circuit Court of Appeals, he taught law.", True),
        ("She is Chair of the Vermont Council of Arts and Cultural Affairs.", True),
        ("He was a Field Attorney at Region 4 of the National Labor Relations Board.", True),
        ("She was a member of the Labor Board’s Union Advisory Panel from 1997 to 1998.", False),
        ("Her research has been supported by the National Science Foundation.", False),
        ("Together with former U.S. Ambassador to Chile, Ann Doe, he chairs a working group.", False),
        ("Her father was a career Navy Senior Chief Officer.", False),
        ("He was president of Harford County Community College for ten years.", False),
        ("He is Chairman of the Board of Navy Pier, Inc. in Chicago.", False),
        ("She served as Chair of the US National Committee on Soil Science at the National Academies.", False),
    ],
)
def test_a_biography_names_a_public_post_only_when_its_subject_held_one(bio, public):
    from articles.extraction.nominee_posts import names_public_post

    assert names_public_post(bio) is public


@pytest.mark.parametrize("bio", ["A" * 60_000, "A." * 30_000, "A" + "/A" * 30_000, "Director " + "xAAAA " * 9_000])
def test_a_biography_is_read_word_by_word_so_an_endless_token_costs_linear_time(bio):
    """Review: a body's words were matched from every capital letter inside an unbroken token, and each attempt ran
    to the token's end (20 KB of "A" took 19 s; these would take minutes). "xAAAA Director" holds no body."""
    from articles.extraction.nominee_posts import names_public_post

    assert names_public_post(bio) is False


@pytest.mark.parametrize(
    "paragraph, name",
    [
        ("Lt. Gen. Ray ‘Blaze’ Okafor will be the next chairman of the Joint Chiefs of Staff.", "Ray ‘Blaze’ Okafor"),
        ("Nominee for Commander: Vice Admiral Peter J. “Hawk” Lindqvist, U.S. Navy", "Peter J. “Hawk” Lindqvist"),
        ("We thank Queen Riana [Rania] for her hospitality.", "Riana [Rania]"),
        ("The President welcomed King Frederick the IX to the White House.", "Frederick the IX"),
    ],
)
def test_nicknames_bracketed_corrections_and_regnal_numbers_are_part_of_the_name(gazetteer, paragraph, name):
    """Round 9: a quoted nickname inside a name, a transcript's bracketed correction and "the III" are written names."""
    assert name in _officials(gazetteer, "", paragraph)


def test_a_word_is_read_whole_and_a_portfolio_after_an_office_is_no_person(gazetteer):
    """Round 9: "LL.M" is no name "L"; "the Minister of Planning Investment, Minister of ..." names no person."""
    officials = _officials(
        gazetteer,
        "",
        "She was the former Director of the Maritime Security Law LL.M Program at Fenwick Law.",
        "Present were the Minister of Planning Investment, Minister of Industry and Trade, and others.",
    )
    assert not any(n.endswith(" L") or n == "Planning Investment" for n in officials)


def test_staff_for_an_office_holder_is_not_part_of_the_committee_name(gazetteer):
    """Round 9: "... Committee for Chairman X" names the committee; the chairman is who the staff worked for."""
    names = _organisations(
        gazetteer,
        "He was a staff member on the Senate Armed Services Committee for Chairman Jack Doe (D-RI).",
        "She was counsel on the House Energy and Commerce Committee for Ranking Member Joe Doe.",
    )
    assert "Senate Armed Services Committee" in names
    assert "House Energy and Commerce Committee" in names


def test_a_campus_before_a_comma_is_part_of_the_university(gazetteer):
    """Round 10: "University of X, Campus," keeps its campus when a comma follows it; an office is no campus."""
    names = _organisations(
        gazetteer,
        "She earned an M.A. from the University of Oregon, Eugene, specializing in hydrology.",
        "He studied at the University of Idaho, Vice President Smith said.",
    )
    assert {"University of Oregon, Eugene", "University of Idaho"} <= names
    assert "University of Oregon" not in names and "University of Idaho, Vice President" not in names


@pytest.mark.parametrize(
    "sentence, present, absent",
    [
        ("She was the Economic Section Chief of the U.S. Embassy in Lusaka, Zambia.", "U.S. Embassy in Lusaka",
         "Economic Section Chief of the U.S. Embassy in Lusaka"),
        ("He was the Senior Bureau Official of the Bureau of Oceans and Fisheries at the Department of State.",
         "Bureau of Oceans and Fisheries", "Senior Bureau Official of the Bureau of Oceans and Fisheries"),
    ],
)
def test_an_office_inside_a_run_is_not_part_of_the_body_after_it(gazetteer, sentence, present, absent):
    """Round 10: "X Section Chief of the Y" and "... Official of the Y" name Y."""
    names = _organisations(gazetteer, sentence)
    assert present in names
    assert absent not in names


def test_an_office_last_after_a_body_and_its_topic_is_the_office(gazetteer):
    """Round 10: "... of State Chair", "... of Energy General Counsel": the office after a body and its topic; a body
    named after an office ("Office of Legal Counsel") or a topic word ("Juvenile Justice") keeps it."""
    names = _organisations(
        gazetteer,
        "She now serves as the U.S. Department of State Chair at the Naval War College.",
        "He was Senior Assistant to the Department of Energy General Counsel.",
        "She joined the Office of Legal Counsel and the Division of Adult Correction and Juvenile Justice in 2019.",
    )
    assert {"U.S. Department of State", "Department of Energy", "Office of Legal Counsel"} <= names
    assert "Division of Adult Correction and Juvenile Justice" in names
    assert not names & {"U.S. Department of State Chair", "Department of Energy General Counsel", "Office of Legal"}


@pytest.mark.parametrize(
    "sentence, present, absent",
    [
        ("Both countries joined the Global Coalition to Counter Illicit Drone Threats last year.",
         "Global Coalition to Counter Illicit Drone Threats", "Global Coalition"),
        ("She chaired the Mayor’s Fund to Advance Harbor City for six years.", "Mayor’s Fund to Advance Harbor City",
         "Mayor’s Fund"),
        ("He worked in the Office to Combat and Prevent Wildlife Trafficking in Species at State.",
         "Office to Combat and Prevent Wildlife Trafficking in Species", None),
        ("She sits on the Alliance to Protect America’s Rivers, a nonprofit.", "Alliance to Protect America’s Rivers",
         None),
        # review: a possessive after the purpose is not part of the name; a named place after it ends the name
        ("The United States thanked the Global Coalition to Defeat Piracy’s members.",
         "Global Coalition to Defeat Piracy", "Global Coalition to Defeat Piracy’s"),
        ("The Committee to Protect Reporters in New York said so.", "Committee to Protect Reporters",
         "Committee to Protect Reporters in New York"),
    ],
)
def test_a_body_named_by_its_purpose_keeps_it(gazetteer, sentence, present, absent):
    """Round 10: "Coalition/Task Force/Office/Fund ... to <Verb> <Object>" is one name."""
    names = _organisations(gazetteer, sentence)
    assert present in names
    assert absent is None or absent not in names


def test_a_run_of_capitals_after_to_is_no_purpose_and_is_read_in_linear_time(gazetteer):
    """Review: "Coalition to Defeat" + " and Alpha" x 4,000 became one 8,000-word name, split in quadratic time."""
    names = _organisations(gazetteer, "The Global Coalition to Defeat" + " and Alpha" * 4000 + ".")
    assert all(len(name.split()) < 20 for name in names)


def test_a_place_or_a_name_cut_short_after_to_is_no_purpose(gazetteer):
    """Round 10: a place, a body or a person after "to" is not a purpose, nor a purpose cut at "of a"."""
    names = _organisations(
        gazetteer,
        "The Task Force to Restore Coastal Wetlands met.",
        "The grant went from the Council to Ohio State University.",
        "The Commission to Study the Potential Creation of a National Museum met.",
    )
    assert "Task Force to Restore Coastal Wetlands" in names
    assert not any(n.startswith(("Council to", "Commission to")) for n in names)


def test_an_acronym_spelled_out_as_something_else_is_not_the_body(gazetteer):
    """Round 10: a known body's letters spelled out in brackets as no body ("Project Labor Agreement (PLA)",
    "project labor agreements (PLAs)") stand for that; spelled as an agency or an office they are the body."""
    names = _organisations(
        gazetteer,
        "The builders signed a Project Labor Agreement (PLA) for the site, and the PLA covers 900 workers.",
    )
    assert "PLA" not in names
    names = _organisations(gazetteer, "Cities will use project labor agreements (PLAs) and every PLA has a union.")
    assert "PLA" not in names
    names = _organisations(gazetteer, "He was Counselor to the United States Trade Representative (USTR) in 2019.")
    assert any("USTR" in n or "Trade Representative" in n for n in names)


def test_a_setting_after_a_bodys_topic_is_part_of_its_name(gazetteer):
    """Round 10: "... Commission on X in the Y", with one or two plain words that end the run, is one name; not an
    administration ("in the Biden Administration")."""
    names = _organisations(
        gazetteer,
        "It was set up by the Independent Review Commission on Hazing in the Academies last year.",
        "She chaired the Council on Rural Affairs in the Biden Administration.",
    )
    assert "Independent Review Commission on Hazing in the Academies" in names
    assert "Council on Rural Affairs" in names
    assert "Independent Review Commission on Hazing" not in names


def test_a_body_and_its_own_body_after_a_plural_possessive_are_both_named(gazetteer):
    """Round 10: "Bureau of X Affairs’ Office of Y" names the bureau and its office; people's possessives
    ("Judges’ Association", "Veterans’ Affairs") stay inside one name."""
    names = _organisations(
        gazetteer,
        "She led the Bureau of Polar Affairs’ Office of Ice Research for a decade.",
        "He is a member of the Ohio State Court Judges’ Association.",
    )
    assert {"Bureau of Polar Affairs", "Office of Ice Research"} <= names
    assert "Ohio State Court Judges’ Association" in names


def test_a_venue_line_over_a_transcripts_time_names_no_body(gazetteer):
    """Round 10: the line above "5:37 P.M. EDT" at the top of a transcript is where it was given (clar. 8)."""
    found = extract(
        "Remarks by the Vice President Before a Meeting",
        [
            "Vice President’s Ceremonial Office Eisenhower Executive Office Building Room Two",
            "5:37 P.M. EDT",
            "THE VICE PRESIDENT: Welcome. The Department of Energy will host the talks.",
        ],
        gazetteer,
    )
    names = {o.name for o in found.organisations}
    assert "Department of Energy" in names
    assert not any("Ceremonial Office" in n for n in names)


@pytest.mark.parametrize(
    "sentence, absent",
    [
        ("She led the Coastal Resilience Project at the Harbor Policy Institute.", "Coastal Resilience Project"),
        ("Bolstering Support for Parenting and Caregiving Service Members", "Parenting and Caregiving Service"),
        ("Progress Removing Lead Service Lines", "Progress Removing Lead Service"),
    ],
)
def test_a_project_housed_at_a_body_and_service_members_are_not_bodies(gazetteer, sentence, absent):
    """Round 10: "the X Project at the Y" is Y's project (clar. 17); "... Service Members/Lines", capitalised in a
    heading, are people and pipes, not a service."""
    names = _organisations(gazetteer, sentence)
    assert absent not in names


def test_topics_listed_with_commas_before_a_committee_are_one_name(gazetteer):
    """Round 10: "Senate Banking, Housing, and Urban Affairs Committee" is one committee; the item after it is read
    on its own; an office before the comma ("Ranking Member, House ...") starts no list."""
    names = _organisations(
        gazetteer,
        "She was counsel to the U.S. Senate Fisheries, Forests, and Rural Affairs Committee and the Department of "
        "Labor Advisory Council on Pension Plans.",
        "He was Ranking Member, House Ways and Means Committee.",
    )
    assert "U.S. Senate Fisheries, Forests, and Rural Affairs Committee" in names
    assert "House Ways and Means Committee" in names
    assert not names & {"U.S. Senate", "Rural Affairs Committee"}
    assert any("Advisory Council on Pension Plans" in n for n in names)


def test_employers_named_after_a_role_and_at_are_bodies(gazetteer):
    organisations = _organisations(
        gazetteer,
        "Kotkiewicz worked as a Vice President at Argus Insight. Previously, she was a partner at Cozen O’Connor and "
        "an associate at Kator, Scott, Heller & Huron.",
        "He held positions at Sega.com, MovieStreet, Geoworks, and Hands On Technology. He was an audit manager at "
        "Newmark Knight Frank. He is a fellow at Princeton’s School of Public and International Affairs.",
    )
    assert {
        "Argus Insight", "Cozen O’Connor", "Kator, Scott, Heller & Huron", "Sega.com", "MovieStreet", "Geoworks",
        "Hands On Technology", "Newmark Knight Frank", "Princeton",
    } <= organisations


@pytest.mark.parametrize(
    "sentence, absent",
    [
        ("The terrorist who orchestrated the attack at Abbey Gate, Afghanistan, was killed by a strike.", "Abbey Gate"),
        ("I landed as Vice President at LaGuardia Airport on a cold night.", "LaGuardia Airport"),
        ("He was a reporter at the White House, President Biden said on Monday.", "President Biden"),
        ("She worked at Special Counsel Robert Mueller’s office before that.", "Special Counsel Robert Mueller"),
        ("She was a research fellow at the Labor and Worklife Program of the law school.", "Labor and Worklife Program"),
        ("He served as an analyst at EEOC. Samuels then joined the firm.", "EEOC. Samuels"),
    ],
)
def test_a_place_an_office_a_programme_or_the_next_sentence_after_at_is_no_employer(gazetteer, sentence, absent):
    assert absent not in _organisations(gazetteer, sentence)


def test_the_white_house_someone_served_at_is_a_body_and_one_met_at_is_a_place(gazetteer):
    assert "White House" in _organisations(gazetteer, "Before law school, Hartley served at the White House as an aide.")
    assert "White House" in _organisations(gazetteer, "Shah worked at the White House for two years.")
    assert "White House" not in _organisations(gazetteer, "The two leaders met at the White House on Monday.")


def test_a_title_case_of_ends_a_headline_name(gazetteer):
    officials = _officials(
        gazetteer,
        "Remarks by President Biden and Prime Minister Draghi Of Italy Before Bilateral Meeting",
        "PRIME MINISTER DRAGHI: Thank you, Mr. President.",
    )
    assert "Draghi" in officials and not any(name.endswith(" Of") for name in officials)


def test_an_agencys_activity_ends_its_name_and_a_works_project_is_no_body(gazetteer):
    organisations = _organisations(
        gazetteer,
        "He was Director of U.S. Immigration and Customs Enforcement yesterday.",
        "The Council approved the Resolution Copper Project and the Lava Ridge Wind Project; she worked with the "
        "Innocence Project.",
        "The Trade and Investment Council Agreement was signed.",
    )
    assert "U.S. Immigration and Customs Enforcement" in organisations
    assert "Innocence Project" in organisations
    assert not {"Resolution Copper Project", "Lava Ridge Wind Project", "Trade and Investment Council Agreement"} & organisations


def test_the_older_works_words_still_make_a_project_no_body(gazetteer):
    # round 12 once defined its own works words over the shared list, and "Improvement" and "Transit" fell out of it
    organisations = _organisations(
        gazetteer, "The Capital Improvement Project and the Gateway Transit Project were funded by the Innocence Project."
    )
    assert "Innocence Project" in organisations
    assert not {"Capital Improvement Project", "Gateway Transit Project"} & organisations


def test_korea_alone_is_the_republic_of_korea_and_no_official(gazetteer):
    found = extract("", ["Hill served as U.S. Ambassador to Iraq, Korea, Poland and Macedonia."], gazetteer)
    assert "KR" in found.countries and "KP" not in found.countries
    assert "Korea" not in {p.name for p in found.people}
    north = extract("", ["North Korea fired a missile over the Korean Peninsula."], gazetteer)
    assert set(north.countries) == {"KP"}


def test_a_portfolio_listed_after_an_office_is_no_name(gazetteer):
    officials = _officials(
        gazetteer, "", "He met the Minister for the Environment, Nature Conservation and Nuclear Safety, with others."
    )
    assert "Nature Conservation" not in officials


@pytest.mark.parametrize(
    "sentence, present, absent",
    [
        ("He is one of the Senior Counselors of McLarty Associates.", "McLarty Associates", "Senior Counselors of McLarty Associates"),
        ("She received the Meritorious Service Award twice.", None, "Meritorious Service"),
        ("He was Chief of Police for the Londonderry Police Department.", "Londonderry Police Department", "Police for the Londonderry"),
        ("President Donald J. Trump Establishes the Department of Government Efficiency", "Department of Government Efficiency", "President Donald J. Trump Establishes the Department of Government Efficiency"),
        ("President Trump’s Department of Government Efficiency has found waste.", "Department of Government Efficiency", None),
    ],
)
def test_people_of_a_body_awards_and_a_headlines_president_are_no_bodys_name(gazetteer, sentence, present, absent):
    organisations = _organisations(gazetteer, sentence)
    assert present is None or present in organisations
    assert absent is None or absent not in organisations


def test_a_committee_for_an_office_holder_ends_before_for(gazetteer):
    sentence = (
        "He served as counsel to the Senate Committee on the Judiciary for Ranking Member Chuck Grassley and to the "
        "House Committee on Oversight and Government Reform for Chairman Jason Chaffetz."
    )
    assert {"Senate Committee on the Judiciary", "House Committee on Oversight and Government Reform"} <= _organisations(
        gazetteer, sentence
    )
    assert _officials(gazetteer, "", sentence)["Chuck Grassley"].title == "Ranking Member"


def test_where_a_school_stands_and_a_person_after_and_are_not_part_of_its_name(gazetteer):
    organisations = _organisations(
        gazetteer,
        "He studied at the University of Wisconsin Law School in Madison and taught at the University of Alabama "
        "in Huntsville.",
        "The United States Census Bureau and Stacey Dixon agreed; U.S. Customs and Border Protection did not.",
    )
    assert {
        "University of Wisconsin Law School", "University of Alabama in Huntsville", "United States Census Bureau",
        "U.S. Customs and Border Protection",
    } <= organisations
    assert "United States Census Bureau and Stacey Dixon" not in organisations


def test_a_pot_of_money_named_fund_is_no_body_but_a_fund_that_is_an_organisation_is(gazetteer):
    organisations = _organisations(
        gazetteer,
        "The Pandemic Fund and the Crime Victims Fund paid out; the Native American Rights Fund and the "
        "Environmental Defense Fund sued.",
    )
    assert {"Native American Rights Fund", "Environmental Defense Fund"} <= organisations
    assert not {"Pandemic Fund", "Crime Victims Fund"} & organisations


def test_the_white_house_as_a_building_or_in_a_bodys_name_is_not_the_white_house_itself(gazetteer):
    assert "White House" not in _organisations(gazetteer, "For the first time, the doors of the White House opened to them.")
    assert "White House" not in _organisations(gazetteer, "The White House Infrastructure Implementation Team met today.")
    assert "White House" in _organisations(gazetteer, "The White House announced a plan on Monday.")


def test_a_superior_court_is_a_body_and_superior_service_an_award(gazetteer):
    organisations = _organisations(gazetteer, "He served on the Superior Court of California and won the Superior Civilian Service Award.")
    assert "Superior Court of California" in organisations and "Superior Civilian Service" not in organisations


def test_a_topic_of_two_words_and_scholars_as_a_topic_stay_in_a_bodys_name(gazetteer):
    organisations = _organisations(
        gazetteer,
        "The Institute of Museum and Library Services and the Woodrow Wilson International Center for Scholars "
        "were cut, and she won a Department of Commerce Bronze Medal.",
    )
    assert {"Institute of Museum and Library Services", "Woodrow Wilson International Center for Scholars"} <= organisations
    assert "Department of Commerce" in organisations and "Institute of Museum" not in organisations


def test_a_business_office_abbreviated_ends_a_bodys_name(gazetteer):
    organisations = _organisations(
        gazetteer, "National Federation of Independent Business SVP for Advocacy Adam Temple: the bill helps."
    )
    assert "National Federation of Independent Business" in organisations
    assert not any("Adam Temple" in name for name in organisations)


@pytest.mark.parametrize(
    "sentence",
    [
        "He is fully bilingual (English/Spanish) and lives in Washington.",
        "She was sworn in both with English and Spanish as the agency strives to be more inclusive.",
        "Call to get help in English, Spanish, and more than 150 other languages.",
        "A Spanish-language radio ad ran in Florida.",
        "It’s available in English and in Spanish, on desktop and mobile.",
        "But this part will be hard in English; I finish in Spanish.",
        "Call 877-384-2575 for English or Spanish.",
        "There were only two languages available: English and Spanish.",
        "It is available in Spanish as well.",
        "They added Spanish text and chat services to the Lifeline.",
        "There’s probably a better Spanish or other phrase for it than mine.",
        "Gabe holds a Bachelor of Arts with a Spanish minor from Texas State University.",
    ],
)
def test_a_language_beside_english_used_or_studied_is_no_country(gazetteer, sentence):
    assert "ES" not in extract("", [sentence], gazetteer).countries


def test_a_demonym_beside_english_is_still_a_country_when_it_qualifies_people(gazetteer):
    assert "ES" in extract("", ["Spanish officials met French counterparts."], gazetteer).countries


def test_where_a_college_stands_and_an_honorific_after_a_body_end_its_name(gazetteer):
    organisations = _organisations(
        gazetteer,
        "He studied at the Catholic University of America in Washington. She taught at the University of Missouri "
        "in St. Louis. He thanked the National Endowment for the Humanities and Dr. Shelly Lowe for the work.",
    )
    assert {"Catholic University of America", "University of Missouri in St. Louis", "National Endowment for the Humanities"} <= organisations


def test_a_panel_named_by_two_topics_is_one_body(gazetteer):
    organisations = _organisations(
        gazetteer, "He served on the Coast Guard and Maritime Transportation Subcommittee; the Coast Guard praised him."
    )
    assert {"Coast Guard and Maritime Transportation Subcommittee", "Coast Guard"} <= organisations
    assert "Maritime Transportation Subcommittee" not in organisations


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("The Task Force is led by the Deputy Attorney General Lisa O. Monaco, with 30 agencies.", "Lisa O. Monaco"),
        ("He spoke with Governor Cooper, Greenville Mayor Knox White, and Savannah Mayor Van Johnson.", "Knox White"),
        ("After years of fighting, General George Washington and his Continental Army set forth.", "George Washington"),
        ("Thanks to President Reagan and Pope Saint John Paul II, the work went on.", "John Paul II"),
    ],
)
def test_a_surname_that_is_also_a_country_place_or_word_ends_the_name_it_belongs_to(gazetteer, sentence, name):
    officials = _officials(gazetteer, "", sentence)
    assert name in officials, sorted(officials)
    assert not any(other != name and name.startswith(other) for other in officials), sorted(officials)


@pytest.mark.parametrize(
    "title, sentence, absent",
    [
        ("", "Vice President Harris To Make Announcement During White House Event", "Harris To Make Announcement"),
        ("President Trump Ended Democrats’ Program", "President Trump ended the program the Democrats began.", "Trump Ended"),
        ("", "In spite of opposition from Congressional Republicans, the President signed it.", "Congressional Republicans"),
        ("", "In the opening days of World War II, the Pope challenged a gathering of youth.", "World War II"),
        ("", "LG announced an investment in Queen Creek, Arizona, to build two factories.", "Creek"),
    ],
)
def test_title_case_words_parties_wars_and_places_are_no_officials_name(gazetteer, title, sentence, absent):
    officials = _officials(gazetteer, title, sentence)
    assert not any(name.startswith(absent) for name in officials), sorted(officials)


@pytest.mark.parametrize(
    "sentence, person",
    [
        ("National Association of Manufacturers President Jay Timmons: “This is a good day.”", "Jay Timmons"),
        ("United Association of Union Plumbers and Pipefitters General President Mark McManus: “Good.”", "Mark McManus"),
        ("National Pork Producers Council President Duane Stateler: “We are one step closer.”", "Duane Stateler"),
    ],
)
def test_the_head_of_a_trade_body_or_union_named_before_of_is_a_person_not_an_official(gazetteer, sentence, person):
    people = {p.name: p for p in extract("", [sentence], gazetteer).people}
    assert person in people and not people[person].official


@pytest.mark.parametrize(
    "sentence, code",
    [
        ("Jane Doe, Nominee for Ambassador Extraordinary and Plenipotentiary to the Republic of Chad", "TD"),
        ("Earlier in his career, he served in the Peace Corps in Niger.", "NE"),
        ("She served at the U.S. Embassy in Guinea before her posting to Washington.", "GN"),
        ("He was Ambassador to the Republic of Turkey.", "TR"),
    ],
)
def test_a_name_that_is_only_sometimes_a_country_is_one_after_words_only_a_country_takes(gazetteer, sentence, code):
    assert code in extract("", [sentence], gazetteer).countries


@pytest.mark.parametrize("sentence", ["Chad Smith met the State of Georgia delegation.", "He was born in Georgia."])
def test_a_first_name_or_an_american_state_needs_more_than_such_words(gazetteer, sentence):
    assert not {"TD", "GE"} & set(extract("", [sentence], gazetteer).countries)


@pytest.mark.parametrize(
    "sentence",
    [
        "(Speaks in French.)",
        "He speaks French and some Arabic.",
        "He speaks Mandarin Chinese, French, and Spanish.",
        "She speaks French, Lingala, and basic Spanish.",
        "Mora is a native Spanish speaker.",
        "She has studied Chinese, Ukrainian, and French.",
        "It began its briefing with a Spanish language topper.",
        "The plants are in Malta, NY, and Burlington, VT.",
        "He visited the people of East Palestine, Ohio.",
        "Congressman French Hill, Nominee for Representative",
        "The regime had 11 ships in the Gulf of Oman.",
        "It helps the Cahuilla Band of Indians.",
        # "South Georgia" is the south of the state; a Californian town;
        # a list of languages with a script named in brackets
        "Q Some South Georgia counties are still needing approval.",
        "It names the clinic in French Camp, California.",
        "Vote.gov now provides information in 10 languages other than English: Bengali, Chinese (Simplified and "
        "Traditional), Hindi, Khmer, Korean, Spanish, Tagalog, and Vietnamese.",
    ],
)
def test_languages_us_towns_and_proper_names_with_a_country_word_name_no_country(gazetteer, sentence):
    assert dict(extract("", [sentence], gazetteer).countries) == {}


@pytest.mark.parametrize(
    "sentence, code",
    [
        ("President Biden will speak in Japan.", "JP"),
        ("He held positions in Germany, California, Kansas and Kentucky.", "DE"),
        ("The Webb Telescope was launched from French Guyana.", "GF"),
        ("Indians voted in the world's largest election, and India's Prime Minister spoke.", "IN"),
        ("The evacuation flights brought 200 Indians home.", "IN"),
        ("Protesters gathered outside the Russian Mission in Geneva.", "RU"),
        ("The ship reached South Georgia and the South Sandwich Islands.", "GS"),
    ],
)
def test_a_country_written_near_those_words_still_counts(gazetteer, sentence, code):
    assert code in extract("", [sentence], gazetteer).countries


@pytest.mark.parametrize(
    "sentence, absent",
    [
        ("The act mobilizes historic Private Sector Investments, and the private sector invested.", "Private Sector Investments"),
        ("It builds Early Warning Systems in the islands, where early warning saves lives.", "Warning Systems"),
        ("It helps Small Businesses Access Capital: small businesses lacked access to loans.", "Access Capital"),
        ("The National Electric Vehicle Infrastructure Formula Program builds chargers.", "National Electric"),
    ],
)
def test_a_company_head_after_words_the_text_writes_as_common_nouns_names_no_company(gazetteer, sentence, absent):
    assert not any(name.endswith(absent) for name in _organisations(gazetteer, sentence))


@pytest.mark.parametrize(
    "sentence, company",
    [
        ("She was a partner at Altimeter Capital, where capital was raised.", "Altimeter Capital"),
        ("He worked at General Electric, the general contractor said.", "General Electric"),
        ("He led Cisco Systems, whose systems run networks.", "Cisco Systems"),
    ],
)
def test_a_company_named_with_such_a_head_is_still_one(gazetteer, sentence, company):
    assert company in _organisations(gazetteer, sentence)


@pytest.mark.parametrize(
    "sentence, present, absent",
    [
        ("The Made in America Office at OMB will lead the review.", "Made in America Office", "America Office"),
        ("Chair of the U.S. Export–Import Bank (EXIM) Reta Jo Lewis spoke.", "Export–Import Bank", "Import Bank"),
        ("The BLM and Forest Service will manage the land.", "Forest Service", "BLM and Forest Service"),
        ("Members of the UCLA and Princeton University faculty met.", "Princeton University", "UCLA and Princeton University"),
    ],
)
def test_a_body_with_a_lower_case_word_or_an_en_dash_is_read_whole_and_an_acronym_before_and_is_apart(
    gazetteer, sentence, present, absent
):
    organisations = {name.removeprefix("U.S. ") for name in _organisations(gazetteer, sentence)}
    assert present in organisations and absent not in organisations, sorted(organisations)


@pytest.mark.parametrize(
    "sentence, present, absent",
    [
        ("The Republican-led Congress passed the bill.", "Congress", "Republican-led Congress"),
        ("It used Department of Energy-provided funds.", "Department of Energy", "Department of Energy-provided"),
        ("Grants go through the Department of State-managed Global Equality Fund.", "Global Equality Fund",
         "Department of State-managed Global Equality Fund"),
        ("It grants Schedule A Hiring Authority, and the Tennessee Valley Authority agreed.", "Tennessee Valley Authority",
         "Schedule A Hiring Authority"),
        ("He signed the Executive Order Implementing the President’s Department of Government Efficiency.", None,
         "Executive Order Implementing the President’s Department of Government Efficiency"),
    ],
)
def test_a_participle_a_legal_power_and_an_order_are_not_part_of_a_bodys_name(gazetteer, sentence, present, absent):
    organisations = _organisations(gazetteer, sentence)
    assert absent not in organisations and (present is None or present in organisations), sorted(organisations)


def test_heads_of_bodies_named_for_their_members_and_a_headlines_invites_are_no_officials(gazetteer):
    officials = _officials(
        gazetteer,
        "First Lady Melania Trump Invites Everyday Americans",
        "Association for Competitive Technology President Morgan Reed: “This is another win.”",
        "Consortium for Common Food Names Executive Director Jaime Castaneda: “A good day.”",
        "First Lady Melania Trump welcomed them.",
    )
    assert not {"Morgan Reed", "Jaime Castaneda", "Melania Trump Invites Everyday"} & set(officials), sorted(officials)
    assert "Melania Trump" in officials


@pytest.mark.parametrize(
    "title, sentence, official, absent",
    [
        ("", "IDF Chief of Staff Lt. Gen. Eyal Zamir said so.", "Eyal Zamir", "Lt"),
        ("President Trump Isn’t Backing Down", "President Trump spoke.", "Trump", "Trump Isn’t"),
        ("President Trump Finally Ends It", "President Trump spoke.", "Trump", "Trump Finally"),
        ("", "The 2026 Economic Report of the President Released", None, "Released"),
    ],
)
def test_ranks_adverbs_and_contractions_of_headlines_are_no_name(gazetteer, title, sentence, official, absent):
    officials = _officials(gazetteer, title, sentence)
    assert absent not in officials and (official is None or official in officials), sorted(officials)


@pytest.mark.parametrize(
    "sentence, present, absent",
    [
        ("The Iran Foreign Ministry spokesman spoke.", "Foreign Ministry", "Iran Foreign Ministry"),
        ("It targets the Cuban Ministry of the Interior.", "Ministry of the Interior", "Cuban Ministry of the Interior"),
        ("Vice President Kamala Harris and Environmental Protection Agency Administrator Michael Regan spoke.",
         "Environmental Protection Agency", "Vice President Kamala Harris and Environmental Protection Agency"),
        ("Staff at FQHCs and Indian Health Service facilities help.", "Indian Health Service", "FQHCs and Indian Health Service"),
        ("It commits $50 million to the Africa Renewable Energy Fund.", None, "Africa Renewable Energy Fund"),
        ("It revives the Ambler Access Project.", None, "Ambler Access Project"),
    ],
)
def test_a_country_before_a_ministry_a_person_before_and_and_funds_or_works_are_not_bodies_names(
    gazetteer, sentence, present, absent
):
    organisations = _organisations(gazetteer, sentence)
    assert absent not in organisations and (present is None or present in organisations), sorted(organisations)


def test_a_list_of_holders_after_the_following_offices_are_officials(gazetteer):
    officials = _officials(
        gazetteer,
        "",
        "The following governors have pledged to open the accounts: Kay Ivey, Sarah Huckabee Sanders, Ron DeSantis, "
        "and Patrick Morrisey.",
        "The following guests attended: Jane Roe and John Doe.",
    )
    assert {"Kay Ivey", "Sarah Huckabee Sanders", "Ron DeSantis", "Patrick Morrisey"} <= set(officials), sorted(officials)
    assert officials["Kay Ivey"].title == "Governor"
    assert not {"Jane Roe", "John Doe"} & set(officials)


@pytest.mark.parametrize(
    "sentence, official, title",
    [
        ("Under Secretary of War for Policy Elbridge Colby (March 3): “I think so.”", "Elbridge Colby",
         "Under Secretary of War for Policy"),
        ("Acting Assistant Secretary of the Army for Civil Works, D. Lee Forsgren: “Good.”", "D. Lee Forsgren",
         "Acting Assistant Secretary of the Army for Civil Works"),
        ("Acting Under Secretary of Defense for Acquisition and Sustainment Stacy Cummings emphasized the plan.",
         "Stacy Cummings", "Acting Under Secretary of Defense for Acquisition and Sustainment"),
        ("Iowa’s Sen. Joni Ernstsaid the bill works.", "Joni Ernst", "Sen."),
    ],
)
def test_a_post_after_a_portfolio_and_a_verb_run_into_a_surname_leave_the_name_whole(gazetteer, sentence, official, title):
    officials = _officials(gazetteer, "", sentence)
    assert official in officials and officials[official].title == title, sorted(officials)
    assert len(officials) == 1, sorted(officials)


def test_a_list_of_portfolios_names_nobody_and_under_is_no_presidents_title(gazetteer):
    officials = _officials(
        gazetteer,
        "",
        "She serves as a Deputy Assistant Secretary of State for Democracy, Human Rights, and Labor.",
        "Under President Trump’s leadership, the Army Corps moved.",
    )
    assert "Human Rights" not in officials and officials["Trump"].title == "President", sorted(officials)


@pytest.mark.parametrize(
    "sentence, present, absent",
    [
        ("HHS and Treasury issued guidance.", "HHS", "HHS and Treasury"),
        ("The DHS Center for Faith-Based and Neighborhood Partnerships and White House Office of Faith-Based and "
         "Neighborhood Partnerships hosted it.", "White House Office of Faith-Based and Neighborhood Partnerships",
         "Center for Faith-Based and Neighborhood Partnerships and White House Office of Faith-Based and Neighborhood "
         "Partnerships"),
        ("It builds on the Department of Defense Climate Risk Analysis.", "Department of Defense",
         "Department of Defense Climate Risk Analysis"),
        ("Department of Energy Proposes New Lightbulb Efficiency Rule", "Department of Energy",
         "Department of Energy Proposes New Lightbulb Efficiency Rule"),
        ("The U.S. Department of Agriculture Food and Nutrition Service runs it.", "Food and Nutrition Service",
         "U.S. Department of Agriculture Food and Nutrition Service"),
    ],
)
def test_two_bodies_joined_by_and_and_a_departments_document_are_apart(gazetteer, sentence, present, absent):
    organisations = _organisations(gazetteer, sentence)
    assert absent not in organisations and present in organisations, sorted(organisations)


def test_a_person_confirmed_or_sworn_in_as_an_office_is_an_official(gazetteer):
    officials = _officials(
        gazetteer, "", "Dr. Mehmet Oz was confirmed as Administrator of the Centers for Medicare and Medicaid Services.",
        "Jane Doe was sworn in as Secretary of Labor on Monday.",
    )
    assert officials["Mehmet Oz"].title == "Administrator" and officials["Jane Doe"].title == "Secretary of Labor"


@pytest.mark.parametrize(
    "sentence, present, absent",
    [
        ("Improves Social Security Administration (SSA) Services. The Budget does.", "Social Security Administration",
         "Improves Social Security Administration"),
        ("The Biden-era Navy fell short.", "Navy", "Biden-era Navy"),
        ("The Biden Department of Justice dropped it.", "Department of Justice", "Biden Department of Justice"),
        ("He advised the Republican Senate Budget Committee.", "Senate Budget Committee", "Republican Senate Budget Committee"),
        ("The FY2027 Air Force budget grew.", "Air Force", "FY2027 Air Force"),
        ("The Democratic National Committee met.", "Democratic National Committee", "National Committee"),
        ("The Clinton Foundation gave.", "Clinton Foundation", "Foundation"),
    ],
)
def test_a_headings_verb_an_administrations_era_a_party_or_a_fiscal_year_is_no_part_of_a_bodys_name(
    gazetteer, sentence, present, absent
):
    organisations = _organisations(gazetteer, sentence)
    assert absent not in organisations and present in organisations, sorted(organisations)


@pytest.mark.parametrize(
    "sentence, present, absent",
    [
        ("It funds the Environmental Protection Agency’s Clean School Bus Program.", "Environmental Protection Agency",
         "Clean School"),
        ("It released guidance on Race and School Programming today.", None, "Race and School"),
        ("It funds CDFIs through the Emergency Capital Investment Program.", None, "Emergency Capital"),
        ("The Biden Administration Federal Aviation Administration hired them.", "Federal Aviation Administration",
         "Biden Administration Federal Aviation Administration"),
        ("Automaker Stellantis will invest in Ohio.", "Stellantis", "Automaker Stellantis"),
        ("Students at Harvard University attended.", "Harvard University", None),
    ],
)
def test_a_programmes_name_and_a_descriptor_before_a_body_are_not_bodies(gazetteer, sentence, present, absent):
    organisations = _organisations(gazetteer, sentence)
    assert absent not in organisations and (present is None or present in organisations), sorted(organisations)


def test_a_surname_that_is_a_country_names_the_person_not_the_country(gazetteer):
    entities = extract("", ["Deputy Attorney General Lisa Monaco announced it. Monaco agreed."], gazetteer)
    assert "Lisa Monaco" in {p.name for p in entities.officials} and "MC" not in entities.countries
    entities = extract("", ["Deputy Attorney General Lisa Monaco met the Prince of Monaco."], gazetteer)
    assert "MC" in entities.countries


@pytest.mark.parametrize(
    "sentence, official, title",
    [
        ("Today, Senior Advisor for Clean Energy Innovation and Implementation John Podesta, Secretary of Energy "
         "Jennifer Granholm, and others met.", "John Podesta", "Senior Advisor for Clean Energy Innovation and Implementation"),
        ("The Department of the Interior’s Assistant Secretary for Fish and Wildlife and Parks Shannon Estenoz will "
         "travel.", "Shannon Estenoz", "Assistant Secretary for Fish and Wildlife and Parks"),
    ],
)
def test_a_post_written_after_an_office_with_for_leaves_the_name_after_it(gazetteer, sentence, official, title):
    officials = _officials(gazetteer, "", sentence)
    assert official in officials and officials[official].title == title, sorted(officials)


@pytest.mark.parametrize(
    "sentence",
    [
        "She served as the Transportation Director for Salt Lake City, UT, working hard.",
        "He was Deputy Washington Director for Human Rights Watch. Margon also was there.",
        "Bradley served as the Political Advisor for the Dhi Qar Province in Nasiriyah, Iraq.",
        "General Mills announced it will remove artificial dyes.",
    ],
)
def test_a_place_or_body_after_a_post_and_a_company_named_general_are_no_officials(gazetteer, sentence):
    assert not _officials(gazetteer, "", sentence)


@pytest.mark.parametrize(
    "sentence, absent",
    [
        ("It provides interpretation services in French, Spanish, Portuguese, and Vietnamese, and more.", "FR"),
        ("The FBI opened a center at St. Martin De Porres Catholic Church in New Orleans.", "MF"),
        ("Beth Israel Deaconess Medical Center joined the pledge.", "IL"),
        ("The Colorado River Indian Tribes and the Havasupai Indian Reservation signed.", "IN"),
    ],
)
def test_languages_for_interpreters_and_names_of_churches_hospitals_and_tribes_name_no_country(gazetteer, sentence, absent):
    assert absent not in extract("", [sentence], gazetteer).countries


@pytest.mark.parametrize(
    "sentence, present, absent",
    [
        ("The UK Ministry of Defence agreed.", "Ministry of Defence", "UK Ministry of Defence"),
        ("The U.S. Department of Labor and Mexico signed it.", "U.S. Department of Labor", "U.S. Department of Labor and Mexico"),
        ("The Biden Equal Employment Opportunity Commission acted.", "Equal Employment Opportunity Commission",
         "Biden Equal Employment Opportunity Commission"),
    ],
)
def test_a_country_before_a_ministry_or_after_a_body_and_an_era_are_not_part_of_its_name(gazetteer, sentence, present, absent):
    organisations = _organisations(gazetteer, sentence)
    assert absent not in organisations and present in organisations, sorted(organisations)


@pytest.mark.parametrize(
    "sentence, official, organisation",
    [
        ("Attending were Domestic Policy Advisor Neera Tanden, Director of the Office of Public Engagement Stephen "
         "Benjamin, and other senior officials.", "Stephen Benjamin", "Office of Public Engagement"),
        ("It was joined by Director of the White House Office of Public Engagement Cedric Richmond and Environmental "
         "Protection Agency Administrator Michael Regan.", "Cedric Richmond", "White House Office of Public Engagement"),
    ],
)
def test_a_name_after_an_office_and_its_body_is_the_official_not_part_of_the_body(gazetteer, sentence, official, organisation):
    officials = _officials(gazetteer, "", sentence)
    assert official in officials and officials[official].organisation == organisation, sorted(officials)
    organisations = _organisations(gazetteer, sentence)
    assert organisation in organisations and not any(official in o for o in organisations), sorted(organisations)


def test_a_demonym_before_a_name_after_a_board_keeps_the_name_a_body(gazetteer):
    sentence = "She is Vice Chair of the Board of the American Conservatory Theater, and a trustee."
    assert not _officials(gazetteer, "", sentence)


@pytest.mark.parametrize(
    "sentence, present, absent",
    [
        # (a body of the registry's before heldout86-87 joined tuning; now one named by its head, registry or not)
        ("The Department of Education and Office of Federal Student Aid will help borrowers.", "Office of Federal Student Aid",
         "Department of Education and Office of Federal Student Aid"),
        ("New ads will run on Facebook, Twitter, Pinterest, Snapchat, and Reddit this week.", None, "Facebook"),
        ("-   Returning Peace Corps volunteer presence to Fiji and Tonga.", "Peace Corps", "Returning Peace Corps"),
    ],
)
def test_a_second_body_after_a_department_platforms_as_media_and_a_verb_before_a_body(gazetteer, sentence, present, absent):
    organisations = _organisations(gazetteer, sentence)
    assert absent not in organisations and (present is None or present in organisations), sorted(organisations)


def test_a_platform_that_acts_is_still_an_organisation(gazetteer):
    assert "Facebook" in _organisations(gazetteer, "Officials said Facebook would remove the posts.")


@pytest.mark.parametrize(
    "sentence, official, title",
    [
        ("Today, the President named Jane Smith as the new Director of the Census Bureau.", "Jane Smith", "Director"),
        ("Supreme Court Justice Sonia Sotomayor spoke.", "Sonia Sotomayor", "Justice"),
        ("Hawaii Department of Defense Adjutant General Kenneth Hara briefed them.", "Kenneth Hara", "Adjutant General"),
        ("It was the year Confederate General Robert E. Lee surrendered.", "Robert E. Lee", "General"),
    ],
)
def test_an_appointment_written_verb_first_and_generals_and_justices_with_a_word_before(gazetteer, sentence, official, title):
    officials = _officials(gazetteer, "", sentence)
    assert official in officials and officials[official].title.endswith(title), sorted(officials)


@pytest.mark.parametrize(
    "sentence",
    [
        "-   The Order mandates that the CPB revise its 2025 General Provisions to prohibit funding.",
        "Agencies use the Climate and Economic Justice Screening Tool, which identifies communities.",
        "President Biden Transcript of DTC SAVE Plan Video:",
        "-   Sarah Meitner, Executive Director, Heartland Community Foundation (Kansas)",
        "-   Michael Jefferson, President & Founder, Cut One School One Youth Crime Intervention, Inc. (Mississippi)",
    ],
)
def test_office_words_inside_names_and_heads_of_private_bodies_in_lists_are_no_officials(gazetteer, sentence):
    officials = _officials(gazetteer, "", sentence)
    assert not set(officials) - {"Biden"}, sorted(officials)


@pytest.mark.parametrize(
    "line, official, title",
    [
        ("-   Evan Ryan,  White House Cabinet Secretary", "Evan Ryan", "Cabinet Secretary"),
        ("-   Thomas DiNapoli, New York State Comptroller", "Thomas DiNapoli", "Comptroller"),
        ("-   California State Assemblymember Phil Ting", "Phil Ting", "Assemblymember"),
        ("-   Mandy Cohen, MD, MPH, Director for Centers for Disease Control and Prevention (CDC)", "Mandy Cohen", "Director"),
        ("Director of the Office of Public Engagement Stephen Benjamin hosted a discussion.", "Stephen Benjamin", "Director"),
        ("-   Assistant to the President and Chair of the Council of Economic Advisors Cecilia Rouse", "Cecilia Rouse", "Chair"),
    ],
)
def test_participant_lines_with_a_place_before_the_office_degrees_or_the_name_last(gazetteer, line, official, title):
    officials = _officials(gazetteer, "", line)
    assert official in officials and officials[official].title.endswith(title), sorted(officials)


@pytest.mark.parametrize(
    "line, official",
    [
        ("• Nancy Northup, President, the Center for Reproductive Rights", "Nancy Northup"),
        ("-   Jon Gray, President and COO, Blackstone", "Jon Gray"),
        ("Clayola Brown, National President, A. Philip Randolph Institute", "Clayola Brown"),
    ],
)
def test_the_head_of_a_body_that_is_no_governments_in_a_participant_line_is_a_person(gazetteer, line, official):
    assert official not in _officials(gazetteer, "", line)


@pytest.mark.parametrize(
    "line, official",
    [
        ("-   John Roe, Director, National Institutes of Health", "John Roe"),
        ("-   Jane Doe, Director, Allegan County Government (Michigan)", "Jane Doe"),
    ],
)
def test_the_head_of_a_public_body_in_a_participant_line_is_an_official(gazetteer, line, official):
    assert official in _officials(gazetteer, "", line)


@pytest.mark.parametrize(
    "sentence, present, absent",
    [
        ("Readout of the Fourth National Climate Task Force Meeting.", "National Climate Task Force",
         "Fourth National Climate Task Force"),
        ("Members included Council of Economic Advisers Carla Frisch, Office of Management and Budget Kelly Maguire, "
         "and others.", "Office of Management and Budget", "Office of Management and Budget Kelly Maguire"),
    ],
)
def test_which_meeting_of_a_body_and_a_name_after_a_listed_body_are_not_part_of_it(gazetteer, sentence, present, absent):
    organisations = _organisations(gazetteer, sentence)
    assert absent not in organisations and present in organisations, sorted(organisations)


@pytest.mark.parametrize(
    "line, official, title",
    [
        ("4.       Mayor-elect Becky Daggett, Flagstaff, AZ", "Becky Daggett", "Mayor-elect"),
        ("-   Shelly C. Lowe (Navajo), Chair, National Endowment for the Humanities", "Shelly C. Lowe", "Chair"),
        ("-   Crosby Kemper, Director, Institute of Museum and Library Services", "Crosby Kemper", "Director"),
        ("-   Sandra Watson, President & CEO, Arizona Commerce Authority", "Sandra Watson", "President"),
        ("-   Tyeesha Dixon, Deputy Counsel to the President", "Tyeesha Dixon", "Deputy Counsel to the President"),
        ("Jane Doe, Deputy Secretary of State, said it.", "Jane Doe", "Deputy Secretary of State"),
    ],
)
def test_participant_lines_with_elect_offices_bracketed_nations_and_agencies(gazetteer, line, official, title):
    officials = _officials(gazetteer, "", line)
    assert official in officials and officials[official].title == title, sorted(officials)


def test_the_head_of_a_national_association_with_a_ceo_is_still_a_person(gazetteer):
    assert "Marc Morial" not in _officials(gazetteer, "", "-   Marc Morial, President and CEO, National Urban League")


@pytest.mark.parametrize(
    "line, official, title",
    [
        ("-   Governor of Colorado Jared Polis", "Jared Polis", "Governor of Colorado"),
        ("Governor of Georgia Brian Kemp said it would help.", "Brian Kemp", "Governor of Georgia"),
    ],
)
def test_a_state_after_an_office_is_the_posts_place_and_the_name_follows_it(gazetteer, line, official, title):
    officials = _officials(gazetteer, "", line)
    assert official in officials and officials[official].title == title and not officials[official].country, sorted(officials)


def test_a_country_after_an_office_is_still_the_officials_country(gazetteer):
    officials = _officials(gazetteer, "", "President of Georgia Salome Zourabichvili said it would help.")
    assert officials["Salome Zourabichvili"].country == "GE"


@pytest.mark.parametrize(
    "line",
    [
        "-   Sakira Cook, Director of Federal Policy, Southern Poverty Law Center",
        "-   Wendy Weiser, Vice President for Democracy, Brennan Center for Justice",
        "-   Dr. Felecia M. Nave, President, Alcorn State University",
    ],
)
def test_the_head_of_a_private_body_or_a_university_in_a_participant_line_is_a_person(gazetteer, line):
    assert not _officials(gazetteer, "", line)


@pytest.mark.parametrize(
    "line",
    [
        "Keith Phillips, Executive Director of Alabama Technology Network",
        "3.  Dr. Thelma Daley, National Chair and President, National Council of Negro Women",
        "-   Mara Keisling, Executive Director, National Center for Transgender Equality",
    ],
)
def test_the_head_of_a_civic_group_named_national_in_a_participant_line_is_a_person(gazetteer, line):
    assert not _officials(gazetteer, "", line)


@pytest.mark.parametrize(
    "line, official",
    [
        ("-   Brenda Mallory, Chair of the Council on Environmental Quality", "Brenda Mallory"),
        ("-   Jenny Yang, Deputy Assistant to the President for Racial Justice and Equity, Domestic Policy Council", "Jenny Yang"),
        ("-   Shelly C. Lowe (Navajo), Chair, National Endowment for the Humanities", "Shelly C. Lowe"),
    ],
)
def test_heads_of_public_councils_and_endowments_in_participant_lines_are_officials(gazetteer, line, official):
    assert official in _officials(gazetteer, "", line)


@pytest.mark.parametrize(
    "line",
    [
        "Jennifer Krill, Executive Director, Earthworks: “Meeting the goals depends on it.”",
        "• Oskar Eustis, Artistic Director, The Public, New York, New York",
        "-   Rev. Edgar Boyd, Senior Minister, First AME Church (Los Angeles, CA)",
        "-   Brian Naumann, Vice President, Service and Operations Management at Apple",
    ],
)
def test_participant_lines_ending_in_a_place_a_quote_or_at_a_company_name_a_private_head(gazetteer, line):
    assert not _officials(gazetteer, "", line)


@pytest.mark.parametrize(
    "line, official",
    [
        ("-   Mary Ann Borgeson, Commissioner, Douglas County, Nebraska", "Mary Ann Borgeson"),
        ("-   Jane Roe, Minister, Ministry of Health, Ghana", "Jane Roe"),
    ],
)
def test_a_county_is_no_persons_name_and_a_ministers_ministry_is_public(gazetteer, line, official):
    assert set(_officials(gazetteer, "", line)) == {official}


def test_a_state_named_new_something_before_an_office_is_no_country(gazetteer):
    entities = extract("", ["The Council added New Mexico Governor Michelle Lujan Grisham as a member."], gazetteer)
    assert "MX" not in entities.countries
    assert "Michelle Lujan Grisham" in {p.name for p in entities.officials}
    assert "MX" in extract("", ["Mexican President Claudia Sheinbaum spoke."], gazetteer).countries


@pytest.mark.parametrize(
    "line",
    [
        "Martin Durbin, Senior Vice President, Policy, U.S. Chamber of Commerce",
        "-   Kent Walker, President, Global Affairs, Google & Alphabet",
        "-   Gene Block, Chancellor, University of California, Los Angeles",
    ],
)
def test_the_last_part_of_a_participant_line_is_the_body_its_office_heads(gazetteer, line):
    assert not _officials(gazetteer, "", line)


@pytest.mark.parametrize(
    "line, official",
    [
        ("-   Demetre Daskalakis, MD, MPH, Acting Director, National Center for Immunization and Respiratory Diseases "
         "(NCIRD), Centers for Disease Control and Prevention (CDC)", "Demetre Daskalakis"),
        ("-   Brian Anderson, Executive Director, Interagency Working Group on Coal and Power Plant Communities",
         "Brian Anderson"),
    ],
)
def test_a_federal_centre_or_an_interagency_group_at_the_end_of_a_line_is_public(gazetteer, line, official):
    assert official in _officials(gazetteer, "", line)


@pytest.mark.parametrize(
    "line, official, title, organisation",
    [
        ("-   Kathleen Hicks, Department of Defense Deputy Secretary", "Kathleen Hicks", "Deputy Secretary",
         "Department of Defense"),
        ("-   Ben Mizer, Department of Justice Principal Deputy Associate Attorney General", "Ben Mizer",
         "Principal Deputy Associate Attorney General", "Department of Justice"),
        ("-   Dawn Bystry, Social Security Administration Acting Associate Commissioner", "Dawn Bystry",
         "Acting Associate Commissioner", "Social Security Administration"),
    ],
)
def test_a_participant_line_may_name_the_body_before_the_office(gazetteer, line, official, title, organisation):
    found = _officials(gazetteer, "", "The discussion included the following participants:\n" + line)
    assert set(found) == {official}
    assert (found[official].title, found[official].organisation) == (title, organisation)


@pytest.mark.parametrize(
    "line",
    [
        "-   Maria Fernanda Sierra, United States Hispanic Chamber Senior Advisor",
        "-   Guadalupe Rodriguez, National Latina Institute for Reproductive Justice",
    ],
)
def test_a_private_body_or_a_body_named_for_justice_before_the_line_end_makes_no_official(gazetteer, line):
    assert not _officials(gazetteer, "", line)


def test_in_a_run_of_offices_and_names_the_office_after_a_comma_is_the_next_names(gazetteer):
    sentence = (
        "Officials participating included the Chair of the White House Council on Environmental Quality Brenda "
        "Mallory, Senior Advisor to the President for International Climate Policy John Podesta, Assistant to the "
        "President and White House National Climate Advisor Ali Zaidi, Director of the Office of Faith-Based and "
        "Neighborhood Partnerships Melissa Rogers, and others."
    )
    found = _officials(gazetteer, "", sentence)
    assert set(found) == {"Brenda Mallory", "John Podesta", "Ali Zaidi", "Melissa Rogers"}
    assert found["Brenda Mallory"].title == "Chair"
    assert "Office of Faith-Based and Neighborhood Partnerships" in _organisations(gazetteer, sentence)


@pytest.mark.parametrize(
    "line, official",
    [
        ("-   Anthony Romero, Executive Director of the American Civil Liberties Union (ACLU)", None),
        ("-   Jim Pasco, Executive Director, Fraternal Order of Police (FOP)", None),
        ("6.  Liz Shuler, President, AFL-CIO", None),
        ("13. Marty Oberman, Chair of the Surface Transportation Board", "Marty Oberman"),
        ("-   Louisa Terrell, Director of Legislative Affairs", "Louisa Terrell"),
    ],
)
def test_the_head_of_a_union_or_civic_body_named_after_of_is_a_person_of_a_board_an_official(gazetteer, line, official):
    assert set(_officials(gazetteer, "", line)) == ({official} if official else set())


@pytest.mark.parametrize(
    "sentence",
    [
        "Kathleen has two adult stepsons and an energetic German wirehaired pointer.",
        "They have two French Bulldogs, Truman and Teddy.",
        "She speaks Russian and has studied Slovak and Serbian.",
        "Cities will host “Fill-a-thons” (“Llenatones” in Spanish) for families.",
        "It is the first virtual tour with available Spanish translation and audio captions.",
        "How to claim the credit in plain language, Spanish, and a mobile friendly format.",
        "Judge Brailsford also worked at Holland & Hart LLP as an associate.",
        "Mark Macarro, Tribal Chairman of the Pechanga Band of Luiseño Indians, attended.",
    ],
)
def test_dogs_languages_firms_and_tribes_named_like_countries_name_none(gazetteer, sentence):
    assert not extract("", [sentence], gazetteer).countries


def test_a_country_before_an_ampersand_is_still_the_country(gazetteer):
    assert "ST" in extract("", ["He served as Ambassador to São Tomé & Príncipe."], gazetteer).countries


def test_the_honorable_written_t_h_is_no_part_of_the_name(gazetteer):
    found = _officials(gazetteer, "", "Delegation:\nT.H. Chris Coons, United States Senator, Delaware")
    assert set(found) == {"Chris Coons"}


def test_a_departments_state_office_in_a_participant_line(gazetteer):
    line = "-   Dean Schamore, USDA State Executive Director, Farm Service Agency, Kentucky"
    assert set(_officials(gazetteer, "", "The President appointed the following:\n" + line)) == {"Dean Schamore"}


def test_members_appointed_to_a_board_with_no_public_post_in_their_biographies_are_people(gazetteer):
    bio = (
        "Dr. Azad is a Professor of Oncology at the Sidney Kimmel Comprehensive Cancer Center at Johns Hopkins, where "
        "she serves as Co-Director of the Developmental Therapeutics Clinical Research Program and leads trials of new "
        "therapies for patients with liver and pancreatic cancers and studies the genetics of their tumours."
    )
    paragraphs = ["Today, President Biden announced the appointment of members to the National Cancer Advisory Board.",
                  "Nilofer S. Azad, Member", bio]
    people = {p.name: p for p in extract("President Biden Appoints Members to National Cancer Advisory Board", paragraphs,
                                         gazetteer).people}
    assert not people["Nilofer S. Azad"].official
    # The same heading under a headline that appoints no one to a board is read as before.
    people = {p.name: p for p in extract("Readout of a Meeting", paragraphs, gazetteer).people}
    assert people["Nilofer S. Azad"].official


def test_a_guest_list_line_with_a_spouse_names_the_department_alone(gazetteer):
    line = "The Honorable Jennifer Granholm, Secretary of Energy, U.S. Department of Energy & Mr. Daniel Mulhern"
    names = _organisations(gazetteer, "Guests:\n" + line)
    assert "U.S. Department of Energy" in names
    assert not [n for n in names if "&" in n]


_PUBLIC_BIO = (
    "has served as an Assistant United States Attorney in the Criminal Division of the United States Attorney’s Office "
    "for the Southern District of California since 2008, and as chief of its appellate section since 2015. She was a "
    "law clerk for Judge Jane Roe of the United States Court of Appeals for the Ninth Circuit."
)
_PRIVATE_BIO = (
    "has been a partner at the law firm Smith Jones LLP in Chicago since 2010, where her practice focuses on commercial "
    "litigation and appeals for clients in the technology and banking industries, and she was an associate at the firm "
    "from 2004 to 2010 after graduating from law school."
)


@pytest.mark.parametrize(
    "heading, name",
    [
        ("1.  Lara E. Montecalvo: Nominee for the United States Court of Appeals for the First Circuit", "Lara E. Montecalvo"),
        ("Robert Steven Huie, Nominee for the United States District Court for the Southern District of California",
         "Robert Steven Huie"),
        ("LARA E. MONTECALVO\nNominated to the United States Court of Appeals for the First Circuit", "Lara E. Montecalvo"),
    ],
)
def test_a_judicial_nominee_heading_names_the_court(gazetteer, heading, name):
    title = "President Biden Names Tenth Round of Judicial Nominees"
    surname = name.split()[-1]
    public = {p.name: p for p in extract(title, [heading, f"{name} {_PUBLIC_BIO}"], gazetteer).people}
    assert public[name].official
    assert "Court" in public[name].organisation
    private = {p.name: p for p in extract(title, [heading, f"{name} {_PRIVATE_BIO}"], gazetteer).people}
    assert not private[name].official, surname


@pytest.mark.parametrize(
    "line, official",
    [
        ("-   Nivory Gordon Jr., State Director, Rural Development, Alabama", "Nivory Gordon"),
        ("-   Casey Sixkiller, EPA Regional Administrator, Region 10", "Casey Sixkiller"),
    ],
)
def test_regional_appointees_of_federal_departments_are_officials(gazetteer, line, official):
    found = _officials(gazetteer, "", "The appointees:\n" + line)
    assert set(found) == {official}


def test_a_name_ending_in_jr_with_a_dot_before_a_comma_is_read(gazetteer):
    found = _officials(gazetteer, "", "The appointees:\n-   Nivory Gordon Jr., Director of the Office of Rural Development")
    assert [p.name for p in found.values()] == ["Nivory Gordon"]  # the suffix is not kept in a name


def test_a_judicial_nominee_heading_with_no_colon_and_the_office_held_before_the_name(gazetteer):
    heading = "1.  Judge Gina R. Méndez-Miró Candidate for the United States District Court for the District of Puerto Rico"
    people = {p.name: p for p in extract("President Biden Names Nineteenth Round of Judicial Nominees",
                                         [heading, f"Judge Gina R. Méndez-Miró {_PUBLIC_BIO}"], gazetteer).people}
    assert "Gina R. Méndez-Miró" in people and people["Gina R. Méndez-Miró"].official
    assert not [name for name in people if "Candidate" in name]


def test_an_office_in_the_plural_inside_a_list_of_officers_starts_its_own_list(gazetteer):
    sentence = ("Sergeant Jeffrey Mathes, Officer Rex Engelbert, and Detectives Michael Collazo, Ryan Cagle, and Zachary "
                "Plese of the Nashville, Tennessee, Police Department ran towards gunfire.")
    found = _officials(gazetteer, "", sentence)
    assert set(found) == {"Jeffrey Mathes", "Rex Engelbert", "Michael Collazo", "Ryan Cagle", "Zachary Plese"}
    assert found["Michael Collazo"].title == "Detective"


def test_a_name_glued_to_the_next_sentence_and_a_road_named_for_a_person(gazetteer):
    assert set(_officials(gazetteer, "", "Remarks by Governor Tim WalzAfter the rally, he spoke.")) == {"Tim Walz"}
    people = {p.name for p in extract("", ["They drove down the Joe Biden Parkway to the President’s event."], gazetteer).people}
    assert "Joe Biden Parkway" not in people


@pytest.mark.parametrize(
    "sentence",
    [
        "The money builds on Bipartisan Infrastructure Law Investments in roads.",
        "Together they made Historic Private Sector Investments in chips.",
    ],
)
def test_investments_after_words_of_policy_are_money_not_a_firm(gazetteer, sentence):
    assert not [name for name in _organisations(gazetteer, sentence) if name.endswith("Investments")]


def test_a_firm_named_investments_is_still_a_firm(gazetteer):
    assert "Ariel Investments" in _organisations(gazetteer, "She founded Ariel Investments in Chicago in 1983.")


def test_the_white_house_alone_under_a_title_is_where_remarks_were_given(gazetteer):
    paragraphs = ["The White House", "Thank you, Tom. Governor Cox, thank you for your work."]
    assert "White House" not in {o.name for o in extract("Remarks by the First Lady", paragraphs, gazetteer).organisations}
    paragraphs = ["The White House announced new steps today."]
    assert "White House" in {o.name for o in extract("Statement", paragraphs, gazetteer).organisations}


def test_a_title_case_upon_ends_a_name_and_a_law_named_for_a_person_is_no_person(gazetteer):
    title = "Remarks by President Biden and European Council President Charles Michel Upon Arrival"
    assert "Charles Michel" in _officials(gazetteer, title, "They spoke.")
    people = {p.name for p in extract("", ["Pass the John Lewis Voting Rights Advancement Act and end the Hyde "
                                           "Amendment, Congressman Lewis said."], gazetteer).people}
    assert not people & {"John Lewis Voting", "Hyde Amendment"}


@pytest.mark.parametrize(
    "title, event, body",
    [
        ("Remarks by President Biden at the Memorial Service of Senator Robert J. Dole",
         "Memorial Service of Senator Robert J. Dole", None),
        ("Remarks by President Biden at U.S. Coast Guard Change of Command", "U.S. Coast Guard Change of Command", None),
        ("Remarks by the Vice President at the House Democratic Caucus Virtual Issues Conference",
         "House Democratic Caucus Virtual Issues Conference", "House Democratic Caucus"),
    ],
)
def test_an_event_in_a_title_is_no_body_but_the_body_holding_it_is(gazetteer, title, event, body):
    names = {o.name for o in extract(title, ["Thank you all for being here."], gazetteer).organisations}
    assert event not in names
    if body:
        assert body in names


@pytest.mark.parametrize(
    "sentence, name, title",
    [
        ("And of course, our mayor, Eric Garcetti.  Thank you.", "Eric Garcetti", "mayor"),
        ("When Congress passes it, our president, Joe Biden, will sign it into law.", "Joe Biden", "president"),
        ("I was with the governor of North Carolina, Roy Cooper, and we talked.", "Roy Cooper", "governor of North Carolina"),
        ("I want you to know — Lisa Cupid, the Cobb County Commissioner, she’s got the stadium.", "Lisa Cupid", "Commissioner"),
        ("And military men like four-star general Tony Taguba.  (Applause.)", "Tony Taguba", "general"),
        ("I just met with the Second Gentleman of the United States, my husband, Doug Emhoff.", "Doug Emhoff",
         "Second Gentleman"),
        ("And, of course, the great governor, Wes Moore.  (Applause.)", "Wes Moore", "governor"),
        ("And my public spokeswoman, Karine Jean-Pierre — (applause) — is making history.", "Karine Jean-Pierre",
         "spokeswoman"),
        ("He recounted the heroism of Army Sgt. First Class Steve Workman, who risked his life.", "Steve Workman",
         "Sgt. First Class"),
        ("He thanked Director of Public Engagement Stephen Benjamin, National Climate Advisor Ali Zaidi, and others.",
         "Stephen Benjamin", "Director of Public Engagement"),
        ("Your next governor, Josh Shapiro.  (Applause.)", "Josh Shapiro", "governor"),
        ("And your soon-to-be senator, John Fetterman.  (Applause.)", "John Fetterman", "senator"),
        ("Your great senator and my friend, Bob Casey.  (Applause.)", "Bob Casey", "senator"),
        ("It is something the senator of New Jersey, Cory Booker, has been fighting for.", "Cory Booker",
         "senator of New Jersey"),
        ("It is my honor to be with former Prime Minister Theresa May and the leaders here.", "Theresa May",
         "former Prime Minister"),
        ("I want to turn this over to Neera Tanden, my Domestic Policy Advisor, and we will talk.", "Neera Tanden",
         "Advisor"),
        ("He thanked Specialist Breonna Moffett and the honor guard.", "Breonna Moffett", "Specialist"),
        ("I also want to recognize, of course, your representative Ayanna Pressley.  I love her.", "Ayanna Pressley",
         "representative"),
    ],
)
def test_offices_said_in_remarks_mark_officials(gazetteer, sentence, name, title):
    officials = _officials(gazetteer, "Remarks by the Vice President", sentence)
    assert officials[name].title == title


def test_a_lower_case_office_after_a_comma_still_needs_a_mark(gazetteer):
    # Neither "our" nor a two-word name followed by a comma: a city is no mayor's name.
    assert not _officials(gazetteer, "", "She met an Irish mayor, San Francisco elected him twice.")


def test_a_chinese_given_name_in_a_headline_is_not_a_headline_verb(gazetteer):
    title = "Remarks by President Biden and President Xi Jinping of the People’s Republic of China Before Bilateral Meeting"
    officials = _officials(gazetteer, title, "Mr. President, welcome.  President Xi and I have talked for hours.")
    assert "Xi Jinping" in officials and "Xi" not in officials
    # A headline's verb ending in -ing still ends the name, however much it looks like pinyin.
    assert "Biden" in _officials(gazetteer, "Statement from President Biden Honoring the Fallen", "We honor them.")
    assert "Trump" in _officials(gazetteer, "President Trump Ending Cashless Bail in DC", "The President acted.")
    assert "Biden" in _officials(gazetteer, "Remarks by President Biden Taking Action on Guns", "He spoke.")


@pytest.mark.parametrize(
    "title, paragraph",
    [
        ("Readout of White House Roundtable on Lowering Health Care Costs", "Officials discussed prices."),
        ("Statement", "The President will host the next White House Tribal Nations Summit on December 6."),
        ("Remarks by the First Lady", "Herbs from the White House Kitchen Garden were served with White House honey."),
        ("Statement", "White House CEQ to Convene Leading Innovators."),
    ],
)
def test_an_event_place_or_office_named_after_the_white_house_does_not_name_it(gazetteer, title, paragraph):
    names = {o.name for o in extract(title, [paragraph], gazetteer).organisations}
    assert not {name for name in names if name.startswith("White House")}


def test_the_white_house_still_counts_as_an_employer_and_its_councils_keep_its_name(gazetteer):
    names = _organisations(gazetteer, "Yesterday, senior officials from the White House and the Department of Justice met.")
    assert "White House" in names
    names = _organisations(
        gazetteer, "Readout of the Second Meeting of the White House Competition Council.  The Competition Council met."
    )
    assert "White House Competition Council" in names and "Competition Council" not in names


def test_a_heading_over_nominees_and_a_meeting_named_after_a_body_are_no_bodies(gazetteer):
    paragraph = "United States District Court Announcements"
    nominee = "Judge Amanda Brailsford: Nominee for the United States District Court for the District of Idaho"
    names = _organisations(gazetteer, paragraph, nominee)
    assert "United States District Court" not in names
    assert "United States District Court for the District of Idaho" in names
    names = {o.name for o in extract("Readout of Council of Governors Meeting", ["The Council of Governors met."], gazetteer).organisations}
    assert names == {"Council of Governors"}


@pytest.mark.parametrize("name", ["Munich Security Conference", "Joining Forces", "President’s Cabinet"])
def test_an_event_an_initiative_and_no_country_s_cabinet_are_no_bodies(gazetteer, name):
    assert name not in _organisations(gazetteer, f"She spoke of the {name} on Tuesday.")


def test_an_adverb_before_a_name_is_not_the_name(gazetteer):
    assert "Fox News" in _organisations(gazetteer, "Even Fox News is requiring them.")


def test_a_law_named_for_a_soldier_names_no_official(gazetteer):
    officials = _officials(gazetteer, "", "He signed the Sergeant First Class Heath Robinson Honoring Our PACT Act of 2022.")
    assert not [name for name in officials if "Robinson" in name]
    # A surname ending in -ing is still a surname, before a comma or a sentence's next words.
    assert "Thomas Pickering" in _officials(gazetteer, "", "Ambassador Thomas Pickering, the diplomat, spoke.")
    assert "Thomas R. Pickering" in _officials(gazetteer, "", "I met Ambassador Thomas R. Pickering the next day.")


def test_the_staff_or_a_person_after_a_listed_body_is_not_the_body(gazetteer):
    names = {o.name for o in extract("Remarks by President Biden to Department of Defense Personnel",
                                     ["The Department of Defense is proud of its work."], gazetteer).organisations}
    assert "Department of Defense" in names and "Department of Defense Personnel" not in names
    names = _organisations(gazetteer, "He thanked the National Council of La Raza and Juliet Garcia for their work.")
    assert "National Council of La Raza" in names and not [n for n in names if "Garcia" in n]


def test_a_holiday_party_and_a_battle_are_no_bodies(gazetteer):
    names = {o.name for o in extract("Remarks by the First Lady at a Holiday Party",
                                     ["My uncle served at the Battle of the Bulge."], gazetteer).organisations}
    assert not names & {"Holiday Party", "Battle of the Bulge"}


def test_a_month_after_a_capitalised_word_is_still_a_month(gazetteer):
    people = {p.name for p in extract("", ["Since May, the Vice President has held more than 20 meetings."], gazetteer).people}
    assert not [name for name in people if "May" in name]
    officials = _officials(gazetteer, "", "Governor Jane Smith May 5 visited the plant.")
    assert "Jane Smith" in officials


def test_a_mayor_of_a_town_named_before_a_comma_and_the_name(gazetteer):
    officials = _officials(gazetteer, "", "I thank the officials here, including the Mayor of Miami Beach, Dan Gelber.  (Applause.)")
    assert officials["Dan Gelber"].title == "Mayor of Miami Beach"
    # Neither a state's initials nor a state after the town is a name.
    assert not _officials(gazetteer, "", "He is Pastor, Suffragan, and Mayor of Orangeburg, SC in the list.")
    assert not _officials(gazetteer, "", "She served as Mayor of the Borough of Mendham, New Jersey for six years.")


def test_a_convening_named_after_a_body_is_no_body(gazetteer):
    title = "Remarks by Vice President Harris at the Jewish Democratic Council of America Leadership Convening"
    names = {o.name for o in extract(title, ["Thank you all."], gazetteer).organisations}
    assert "Jewish Democratic Council of America Leadership Convening" not in names


def test_a_two_word_lower_case_office_before_a_name_that_ends_the_clause(gazetteer):
    assert _officials(gazetteer, "", "She met the prime minister, Jane Doe.  Then she left.")["Jane Doe"].title == "prime minister"


def test_a_place_named_after_a_royal_is_no_official(gazetteer):
    officials = _officials(gazetteer, "Remarks by President Biden", "Joint Base Andrews", "Prince George’s County, Maryland",
                           "THE PRESIDENT:  Good morning.")
    assert "George" not in officials
    # a crown prince holds an office; a prince alone does not (clar. 56, 82; round 70)
    assert "Hussein" in _officials(gazetteer, "", "Crown Prince Hussein visited the school on Tuesday.")


@pytest.mark.parametrize(
    "sentence, not_official",
    [
        ("The great leader, Martin Luther King Jr., marched from Selma.", "Martin Luther"),
        ("Thanks to our wonderful director, Maria Lopez, and the choir.", "Maria Lopez"),
        ("We were joined by the Governor of Delaware, my wife, Jill Biden, and Senator Coons.", "Jill Biden"),
        ("He thanked the mayor of Juneau, Alaska Native leaders and the tribes.", "Alaska Native"),
        # round 50: a policy area, a statistic, a pay schedule or an op-ed after an office is no name
        ("She is Senior Advisor to the White House Domestic Policy Advisor, the National Policy Director.", "Domestic Policy"),
        ("It was signed by the Commissioner of Labor Statistics.", "Statistics"),
        ("Employees covered by the General Schedule and certain other pay systems get the raise.", "Schedule"),
        ("ICYMI: President Joe Biden Op-Ed on the economy ran today.", "Joe Biden Op-Ed"),
    ],
)
def test_praise_kinship_a_town_or_a_policy_area_make_no_official_of_any_word(gazetteer, sentence, not_official):
    assert not_official not in _officials(gazetteer, "", sentence)


def test_a_heading_of_announcements_over_a_department_still_names_it(gazetteer):
    assert "Department of Homeland Security" in _organisations(gazetteer, "Department of Homeland Security Announcements")


def test_a_name_glued_to_the_next_word_in_a_headline_and_a_minister_by_portfolio(gazetteer):
    title = "Remarks by President BidenAnd Prime Minister Mitsotakis of GreeceBefore Bilateral Meeting"
    officials = _officials(gazetteer, title, "PRESIDENT BIDEN:  Welcome.  Prime Minister Mitsotakis and I talked.")
    assert "Biden" in officials and "BidenAnd" not in officials
    officials = _officials(gazetteer, "", "He greeted my brother, Luiz Marinho, the labor minister of Brazil.  And more.")
    assert officials["Luiz Marinho"].country == "BR"


def test_an_event_after_at_is_no_employer(gazetteer):
    title = "Remarks by Vice President at I-10 Freeway Reopening Announcement | Los Angeles, CA"
    names = {o.name for o in extract(title, ["Thank you all for being here."], gazetteer).organisations}
    assert "I-10 Freeway Reopening Announcement" not in names


# Round 45 (from heldout78 and 79).
def test_a_place_or_a_people_after_in_is_still_a_country(gazetteer):
    found = extract("", ["She lives in Spain.  Troops in Japan.  He trained in Germany, then met Spanish officials."], gazetteer)
    assert {"ES", "JP", "DE"} <= set(found.countries)
    for sentence, code in [
        ("Investors in Chinese, Japanese and Korean chipmakers gained.", "CN"),
        ("The Security Council rejected a Russian text on Gaza.", "RU"),
        ("It debated the Ukraine text and the Israel text.", "UA"),
        ("French and English companies bid for it.", "FR"),
        ("Goods came from Mexico and English ports.", "MX"),
    ]:
        assert code in extract("", [sentence], gazetteer).countries, sentence


def test_an_office_and_its_holder_then_another_body_and_office(gazetteer):
    sentence = "President Biden met Treasury Secretary Janet Yellen and Federal Reserve Chair Jerome Powell today."
    officials = _officials(gazetteer, "", sentence)
    assert officials["Jerome Powell"].organisation == "Federal Reserve"
    assert _organisations(gazetteer, sentence) >= {"Federal Reserve"}
    assert not [name for name in _organisations(gazetteer, sentence) if "Yellen" in name]
    title = "Remarks by President Biden Before Meeting With Treasury Secretary Janet Yellen"
    assert "Biden" not in _officials(gazetteer, title, "THE PRESIDENT:  Welcome.")["Janet Yellen"].organisation


def test_a_building_named_like_a_body_and_a_university_head_after_a_comma(gazetteer):
    names = _organisations(gazetteer, "Remarks at a Summit", "Eisenhower Executive Office Building",
                           "THE VICE PRESIDENT:  Good morning.  The president of the University of Delaware, Dennis Assanis, "
                           "is here.  She studied at the University of Nevada, Las Vegas, and then left.")
    assert "Eisenhower Executive Office" not in names
    assert "University of Delaware" in names and "University of Nevada, Las Vegas" in names


# Round 46 (from heldout80 and 81).
def test_the_signature_of_a_presidential_action_is_the_president(gazetteer):
    order = ["By the authority vested in me as President by the Constitution and the laws of the United States of "
             "America, it is hereby ordered:", "Sec. 4.  General Provisions.  (a) Nothing in this order shall be construed.",
             "DONALD J. TRUMP"]
    officials = _officials(gazetteer, "Restoring Law and Order", *order)
    assert officials["DONALD J. TRUMP"].title == "President" and not officials["DONALD J. TRUMP"].country
    assert "Provisions" not in officials
    letter = ["I am enclosing a copy of the Executive Order I have issued.", "Sincerely,", "JOSEPH R. BIDEN JR."]
    title = "Letter to the Speaker of the House and the President of the Senate"
    assert _officials(gazetteer, title, *letter)["JOSEPH R. BIDEN JR."].title == "President"
    dated = [*order[:2], "JOSEPH R. BIDEN JR.", "THE WHITE HOUSE, May 4, 2023."]  # an executive order's closing lines
    assert "JOSEPH R. BIDEN JR." in _officials(gazetteer, "Executive Order on Sudan", *dated)
    # A line in capitals that ends any other text is no signature of a President.
    assert "NANCY PELOSI" not in _officials(gazetteer, "A Letter", "Speaker of the House Nancy Pelosi wrote to members.",
                                            "NANCY PELOSI")
    assert not _officials(gazetteer, "Joint Statement", "The leaders met in Brussels.", "NORTH ATLANTIC COUNCIL")


# Round 47 (from heldout82 and 83).
def test_an_office_of_a_body_then_a_name_before_a_comma_in_a_list(gazetteer):
    sentence = ("He met Minnesota Governor Tim Walz, Lieutenant Governor Peggy Flanagan, Speaker of the House Melissa "
                "Hortman, and Senator Alice Mann.")
    officials = _officials(gazetteer, "", sentence)
    assert officials["Melissa Hortman"].organisation == "House"
    # a body's words before the comma are no name: "Coordinator of the White House Cancer Moonshot, were joined"
    sentence = "Danielle Carnival, Coordinator of the White House Cancer Moonshot, were joined by medical experts."
    assert "Cancer Moonshot" not in _officials(gazetteer, "", sentence)


def test_nominees_sent_to_the_senate_who_hold_a_post_are_officials(gazetteer):
    lines = [
        "NOMINATIONS SENT TO THE SENATE:",
        "Loren E. Sweatt, of Virginia, to be a Member of the National Mediation Board for a term expiring July 1, 2026.  "
        "(Reappointment)",
        "Jane Q. Roe, of Ohio, to be an Assistant Secretary of Labor, vice John Doe, resigned.",
        "Sharon L. Cromer, of New York, a Career Member of the Senior Foreign Service, Class of Career Minister, to be "
        "Ambassador Extraordinary and Plenipotentiary of the United States of America to the Republic of The Gambia.",
    ]
    officials = _officials(gazetteer, "Nominations Sent to the Senate", *lines)
    assert officials["Loren E. Sweatt"].title == "Member of the National Mediation Board"
    assert officials["Sharon L. Cromer"].title.startswith("Ambassador Extraordinary")
    assert "Jane Q. Roe" not in officials and "John Doe" not in officials  # no post held; a predecessor (clar. 90)


def test_a_signature_dated_at_the_white_house_is_the_president(gazetteer):
    notice = ["This notice shall be published in the Federal Register.", "JOSEPH R. BIDEN JR.",
              "THE WHITE HOUSE, June 13, 2022."]
    assert _officials(gazetteer, "Notice on the Continuation of the National Emergency", *notice)[
        "JOSEPH R. BIDEN JR."].title == "President"


def test_the_evaluation_matches_a_name_in_capitals_with_its_suffix():
    from tests.evaluation.evaluate import same_person

    assert same_person("JOSEPH R. BIDEN JR.", "Joseph R. Biden Jr.")
    assert not same_person("JOSEPH R. BIDEN JR.", "Hunter Biden")


# Round 48 (from heldout84 and 85).
def test_a_list_of_people_styled_hon_with_no_office_names_no_officials(gazetteer):
    endorsers = "It was endorsed by Hon. Bob Barr, Hon. Gresham Barrett, Hon. Joe Barton, and Hon. John Boehner."
    officials = _officials(gazetteer, "", endorsers)
    assert not {"Bob Barr", "Gresham Barrett", "Joe Barton", "John Boehner"} & set(officials)
    # one style beside a court still names a judge (clar. 2)
    judge = "He clerked for the Honorable Rosemary M. Collyer on the United States District Court."
    assert "Rosemary M. Collyer" in _officials(gazetteer, "", judge)


def test_offices_elect_and_members_of_congress_by_party_and_state(gazetteer):
    officials = _officials(gazetteer, "", "He met President Ivan Duque, President-Elect Gustavo Petro, and Vice "
                                          "President-Elect Francia Marquez.")
    assert officials["Gustavo Petro"].title == "President-Elect"
    assert officials["Francia Marquez"].title == "Vice President-Elect"
    officials = _officials(gazetteer, "", "The White House focused on moderate senators — Mark Kelly (D-Ariz.), Joe "
                                          "Manchin (D-W.Va.), and Kyrsten Sinema (I-Ariz.).  Dziak worked for Senators "
                                          "Michael B. Enzi (R-WY) and others.")
    assert {"Mark Kelly", "Joe Manchin", "Kyrsten Sinema", "Michael B. Enzi"} <= set(officials)
    assert "Senators Michael B. Enzi" not in officials
    assert not _officials(gazetteer, "", "The ratio (D-1) was computed by Jane Smith for the model.")
    for sentence in ("They landed at Omaha Beach (D-Day) in 1944.", "He played for the Texas Legends (D-League).",
                     "A report by NBC Bay Area (I-Team) found it."):
        assert not _officials(gazetteer, "", sentence)


# Round 49 (from heldout86 and 87).
def test_letters_and_memoranda_to_congress_are_signed_by_the_president(gazetteer):
    for title in ("A Letter to the Speaker of the House of Representatives and the President of the Senate",
                  "Letter to Certain Congressional Committees Regarding Afghanistan"):
        officials = _officials(gazetteer, title, "I am providing this report.", "Sincerely,", "JOSEPH R. BIDEN JR.")
        assert officials["JOSEPH R. BIDEN JR."].title == "President", title
    assert not _officials(gazetteer, "A Letter to Our Readers", "Thank you for reading.", "JANE SMITH")
    # a memorandum may be the National Security Advisor's (heldout88): its title alone marks no President
    memo = "Memorandum on the Designation of the Department of State as Lead Federal Department"
    assert not _officials(gazetteer, memo, "The Department of State shall lead.", "JAKE SULLIVAN")


def test_the_leader_of_the_opposition_and_a_letters_addressee(gazetteer):
    sentence = "Sullivan met with Israeli Leader of the Opposition Yair Lapid, Minister of Defense Yoav Gallant, and others."
    assert _officials(gazetteer, "", sentence)["Yair Lapid"].country == "IL"
    title = "Letter from Dana A. Remus, Counsel to the President, to David Ferriero, Archivist of the United States"
    assert _officials(gazetteer, title, "Dear Mr. Ferriero:")["David Ferriero"].title == "Archivist"


def test_a_federal_register_citation_is_no_federal_reserve(gazetteer):
    assert "Fed" not in _organisations(gazetteer, "See Executive Order 14026, 86 Fed. Reg. 38816 (July 22, 2021).")
    assert "Fed" in _organisations(gazetteer, "The Fed raised rates again on Wednesday.")


# Round 50 (from heldout88 and 89); its no-names are in the table with round 39's.
def test_an_inaugural_meeting_of_a_body_names_the_body(gazetteer):
    names = _organisations(gazetteer, "The White House hosted the Inaugural National Space Council meeting today.")
    assert "Inaugural National Space Council" not in names and "National Space Council" in names


def test_two_listed_bodies_joined_by_and_are_two_bodies(gazetteer):
    names = _organisations(
        gazetteer,
        "The Centers for Disease Control and Prevention and AmeriCorps will train health workers. The Department of "
        "Health and Human Services will fund them.",
    )
    assert "Centers for Disease Control and Prevention and AmeriCorps" not in names
    assert {"Centers for Disease Control and Prevention", "AmeriCorps", "Department of Health and Human Services"} <= names


def test_laws_and_post_offices_named_for_people_are_no_bodies(gazetteer):
    names = _organisations(
        gazetteer,
        "H.R. 663, the Emergency Medical Services for Children Reauthorization Act, and H.R. 4181, which designates the "
        "facility of the United States Postal Service as the Dianne Feinstein Post Office, were signed. The Post Office "
        "will be renamed. The Committee on Practice and Procedure Under the National Labor Relations Act met.",
    )
    assert "Emergency Medical Services for Children Reauthorization Act" not in names
    assert "Dianne Feinstein Post Office" not in names
    assert {"United States Postal Service", "Committee on Practice and Procedure Under the National Labor Relations Act"} <= names


def test_veterans_hospitals_and_clinics_are_facilities_not_bodies(gazetteer):
    names = _organisations(
        gazetteer,
        "S. 3369 designates the Department of Veterans Affairs clinic in Atlanta as the Joseph Maxwell Cleland Atlanta "
        "Department of Veterans Affairs Medical Center and renames the James Mountain Inhofe VA Medical Center. Care at "
        "the Phoenix VA Medical Center was delayed, the VA said.",
    )
    assert not {n for n in names if n.endswith(("Medical Center", "Clinic"))}
    assert "Department of Veterans Affairs" in names


def test_a_conference_named_for_its_subject_is_an_event(gazetteer):
    names = _organisations(
        gazetteer,
        "Leaders met at the Ukraine Recovery Conference and the U.N. Ocean Conference. The Leadership Conference on "
        "Civil and Human Rights and the House Republican Conference issued statements.",
    )
    assert "Ukraine Recovery Conference" not in names and "U.N. Ocean Conference" not in names
    assert "U.N." in names  # the body whose event it is (clar. 10)
    assert "House Republican Conference" in names


def test_an_unsigned_proclamation_names_its_president_in_its_body(gazetteer):
    found = extract(
        "Invocation of the Alien Enemies Act",
        [
            "NOW, THEREFORE, I, DONALD J. TRUMP, President of the United States of America, by the authority vested in "
            "me by the Constitution and the laws of the United States, do hereby proclaim as follows:",
            "IN WITNESS WHEREOF, I have hereunto set my hand this fourteenth day of March.",
        ],
        gazetteer,
    )
    assert [(p.name, p.title, p.country) for p in found.officials] == [("DONALD J. TRUMP", "President", "US")]


def test_a_memorandum_signed_by_a_president_is_his_but_a_letter_to_a_person_is_not(gazetteer):
    memo = extract(
        "Protecting the Great Lakes from Invasive Carp",
        ["MEMORANDUM FOR THE SECRETARY OF THE INTERIOR", "The Administrator shall report within 90 days.", "DONALD J. TRUMP"],
        gazetteer,
    )
    assert [(p.name, p.title) for p in memo.officials] == [("DONALD J. TRUMP", "President")]
    national_security_advisor = extract(
        "Memorandum on Export Controls", ["The Secretary of Commerce shall report.", "JAKE SULLIVAN"], gazetteer
    )
    assert national_security_advisor.officials == []
    letter = extract("A Letter to Dr. Eric S. Lander", ["Dear Eric:", "Sincerely,", "JOSEPH R. BIDEN JR."], gazetteer)
    assert "JOSEPH R. BIDEN JR." not in {p.name for p in letter.officials}


def test_a_list_of_bodies_and_their_acting_leaders_names_the_bodies(gazetteer):
    found = extract(
        "President Joe Biden Announces Acting Federal Agency Leadership",
        [
            "Central Intelligence Agency, David Cohen Consumer Financial Protection Bureau, Dave Uejio U.S. Department "
            "of Agriculture, Kevin Shea Department of Commerce, Wynn Coggins"
        ],
        gazetteer,
    )
    names = {o.name for o in found.organisations}
    assert {"U.S. Department of Agriculture", "Department of Commerce"} <= names
    assert not any("Uejio" in name or "Shea" in name for name in names)
    # "David" opens several listed bodies' names ("David Geffen School of Medicine"): not read as a person's there
    assert "David Cohen Consumer Financial Protection Bureau" in names


def test_the_review_of_rounds_51_to_54_ordinary_news_keeps_its_bodies_and_presidents(gazetteer):
    """Misfires a review found by running ordinary news through the new rules; each case failed before its mend."""
    names = _organisations(
        gazetteer,
        "The British Post Office and the South African Post Office raised prices. The Abu Dhabi Department of Energy on "
        "Monday approved new electricity tariffs.",
    )
    assert {"British Post Office", "South African Post Office", "Abu Dhabi Department of Energy"} <= names
    story = extract(
        "Obama Endorses Harris",
        [
            "Former President Barack Obama endorsed the Vice President on Friday in a letter to supporters.",
            "BARACK OBAMA",
        ],
        gazetteer,
    )
    assert "BARACK OBAMA" not in {p.name for p in story.officials}
    chamber = extract(
        "Chamber Statement",
        ["I, JOHN SMITH, President of the United States Chamber of Commerce, welcome the bill."],
        gazetteer,
    )
    assert not any(p.title == "President" and p.country == "US" for p in chamber.officials)


def test_a_region_after_a_corporate_title_is_no_name(gazetteer):
    found = extract(
        "Announcement of the Presidential Trade and Investment Mission",
        [
            "Sapna Chadha, Vice President, Southeast Asia and South Asia Frontier, Google Asia Pacific",
            "Anne-Marie Padgett, Regional President, East Asia and Pacific, Bechtel",
        ],
        gazetteer,
    )
    names = {p.name for p in found.people}
    assert not names & {"Southeast Asia", "Asia Pacific", "East Asia"}


def test_a_headlines_verb_ends_the_name_before_it(gazetteer):
    found = extract(
        "Fact Sheet: President Biden Asks Congress to Act",
        [
            "President Biden Outlines Target for Clean Cars.",
            "Transportation Secretary Mitch Landrieu Touts New Funding, a local paper reported.",
            "FDA Commissioner Peter Marks spoke.",
        ],
        gazetteer,
    )
    names = {p.name for p in found.people}
    assert {"Biden", "Mitch Landrieu", "Peter Marks"} <= names
    assert not names & {"Biden Asks", "Biden Outlines Target", "Mitch Landrieu Touts"}


def test_bodies_named_project_fund_forum_cabinet_or_x_and_y_are_found_once_named(gazetteer):
    # Round 57 first wanted letters or three mentions for such names; a review on ordinary news found it lost these.
    found = _organisations(
        gazetteer,
        "The Sentencing Project, a research group, said Tuesday. Peter Thiel's Founders Fund led the round. The "
        "Hostages and Missing Families Forum said the deal must bring them home. The Israeli Security Cabinet voted.",
        "Pacific Gas and Electric cut power. HM Revenue and Customs recovered the tax. Moelis and Company advised.",
    )
    assert {
        "Sentencing Project", "Founders Fund", "Hostages and Missing Families Forum", "Israeli Security Cabinet",
        "Pacific Gas and Electric", "HM Revenue and Customs", "Moelis and Company",
    } <= found


def test_a_fund_editors_know_is_found_however_often_it_is_named(gazetteer):
    from dataclasses import replace

    from articles.extraction.gazetteer import KnownEntity

    known = replace(gazetteer, organisations=[KnownEntity("clean-rivers", "Clean Rivers Fund")])
    found = _organisations(known, "The Department of Energy will pay the Clean Rivers Fund.")
    assert "Clean Rivers Fund" in found


def test_two_words_joined_by_and_and_a_bare_court_kind_are_no_body(gazetteer):
    # Round 58: "Army and Navy" is two bodies, "Allies and Partners" two nouns (pairs of government bodies' short
    # names); "District Court nominees" names a kind of court. Letters, or the court's whole name, keep them.
    found = _organisations(
        gazetteer,
        "The Army and Navy sent bands. State and Treasury will report. We thank our Allies and Partners. Baltimore Gas "
        "and Electric (BGE) restored power.",
        "He named three District Court nominees and a judge for the District Court of Guam and the Ninth Circuit Court "
        "of Appeals; she sat on the Circuit Court.",
    )
    assert not found & {"Army and Navy", "State and Treasury", "Allies and Partners", "District Court", "Circuit Court"}
    assert {"Baltimore Gas and Electric", "District Court of Guam", "Ninth Circuit Court of Appeals"} <= found


def test_a_tribal_nation_a_systems_company_and_a_known_forum_need_no_more_evidence(gazetteer):
    # Round 57 at first wanted evidence for unlisted "... Nation" and "... Systems" names; in news at large those are
    # tribal nations and companies.
    found = _organisations(
        gazetteer,
        "The Onondaga Nation met. BAE Systems will build it. Speakers at the World Economic Forum agreed.",
    )
    assert {"Onondaga Nation", "BAE Systems", "World Economic Forum"} <= found


def test_a_portfolio_before_an_office_stays_in_its_title_and_no_qualifier_crosses_a_line(gazetteer):
    # A review on ordinary news: "Commerce Secretary" was cut to "Secretary", an office opening a paragraph lost what
    # was written before it, and a title-case headline ran into the body's first office as one body's name.
    officials = _officials(
        gazetteer,
        "Yellen Warns on Debt",
        "Treasury Secretary Janet Yellen spoke on Monday. She met Commerce Secretary Gina Raimondo.",
        "Japanese Commerce Minister Taro Yamada said. Labour Minister Jane Smith agreed.",
        "-   New Mexico State Senator Shannon Pinto",
    )
    assert officials["Janet Yellen"].title == "Treasury Secretary" and not officials["Janet Yellen"].organisation
    assert officials["Gina Raimondo"].title == "Commerce Secretary"
    assert (officials["Taro Yamada"].title, officials["Taro Yamada"].country) == ("Commerce Minister", "JP")
    assert officials["Jane Smith"].title == "Labour Minister"
    assert (officials["Shannon Pinto"].title, officials["Shannon Pinto"].country) == ("State Senator", "")


def test_a_street_named_after_a_body_and_one_body_written_with_and_without_dots(gazetteer):
    # A review on ordinary news: a Maine story was filed under "Congress" for "Congress Street", and one article listed
    # the Security Council twice, as "UN Security Council" and "U.N. Security Council".
    assert "Congress" not in _organisations(gazetteer, "The crash happened on Congress Street in Portland.")
    assert "Congress" in _organisations(gazetteer, "Congress passed the bill on Friday.")
    council = {name for name in _organisations(gazetteer, "The UN Security Council met; the U.N. Security Council voted.")
               if "Security Council" in name}
    assert len(council) == 1, council


def test_a_police_squad_is_a_body_and_a_registrar_general_an_official(gazetteer):
    # A review on ordinary news: the squad was given as a person, the registrar as a person without an office.
    found = extract(
        "Arrests",
        [
            "Detective Inspector Kate Anderson of the Armed Crime Squad said the men were arrested.",
            "Registrar General Hernan Penagos said the count was over.",
        ],
        gazetteer,
    )
    assert "Armed Crime Squad" in {o.name for o in found.organisations}
    assert "Armed Crime Squad" not in {p.name for p in found.people}
    assert {p.name: p.title for p in found.officials}.get("Hernan Penagos") == "Registrar General"
