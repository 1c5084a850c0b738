"""How ordinary news names officials and bodies, as opposed to the White House's own texts: offices in lower case with
the words that make them public ("provincial police chief"), abbreviations ("PM", "MP"), British ranks, and the
militant groups, missions and outlets world news names without an organisation word. Found by the first verdict on
Wikinews articles (heldout116 + 117), where officials recall was 0.639."""

import pytest

from articles.extraction.extract import extract


def _found(gazetteer, *paragraphs):
    return extract("Attack", list(paragraphs), gazetteer)


def _titles(gazetteer, *paragraphs):
    return {p.name: p.title for p in _found(gazetteer, *paragraphs).officials}


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("Nine were hurt, provincial health minister Javed Iqbal said.", "Javed Iqbal", "provincial health minister"),
        ("Senior police official Tariq Mehmood told reporters the bomber was alone.", "Tariq Mehmood", "Senior police official"),
        ("Local police chief Sardar Rahim said the road was closed.", "Sardar Rahim", "police chief"),
        ("The talks failed, chief negotiator Nabil Saad said.", "Nabil Saad", "chief negotiator"),
        ("On Monday, Prime minister Kevin Rudd visited the troops.", "Kevin Rudd", "Prime minister"),
        ("UN secretary-general Ban Ki-moon asked for calm.", "Ban Ki-moon", "secretary-general"),
        ("A spokeswoman for PM Edi Rama said the depot was guarded.", "Edi Rama", "PM"),
        ("Warnings came from Lieutenant-Colonel Sean Byrne, a liaison officer.", "Sean Byrne", "Lieutenant-Colonel"),
        ("The ruling was read by Magistrate Joan Hale on Friday.", "Joan Hale", "Magistrate"),
        ("The first case is that of the mayor Marco Rossi, who was refused twice.", "Marco Rossi", "mayor"),
        ("Incumbent district councillor Alan Leung was re-elected.", "Alan Leung", "district councillor"),
        ("Then the governor of the Veneto region, Luca Zaia, objected.", "Luca Zaia", "governor of the Veneto region"),
        # a place, a person or a party before the office (round 62)
        ("Lunch was served. Alberta premier Ed Stelmach and others attended.", "Ed Stelmach", "premier"),
        ("President Robert Mugabe stayed. The paper quoted Mugabe's spokesman, George Charamba, as saying so.",
         "George Charamba", "spokesman"),
        ("President Sarkozy denied it. Sarkozy spokeswoman Nathalie Kosciusko-Morizet called it ridiculous.",
         "Nathalie Kosciusko-Morizet", "spokeswoman"),
        ("The law was backed by Republican senator John McCain.", "John McCain", "senator"),
        ("Spokesman for the government, Lambert Mende, read the statement.", "Lambert Mende", "Spokesman for the government"),
        ("Arab League secretary general Amr Moussa doubted the plan.", "Amr Moussa", "secretary general"),
        # an office before a comma, with a prefix, a rank or a place (round 63)
        ("The governor, Loreto Puebla, met the rescuers.", "Loreto Puebla", "governor"),
        ("Provincial governor, Arnon Manasvanich said the search goes on.", "Arnon Manasvanich", "Provincial governor"),
        ("According to reports, ex-president Mary McAleese attended.", "Mary McAleese", "ex-president"),
        ("The parade was led by Vice-Admiral Mark Mellett.", "Mark Mellett", "Vice-Admiral"),
        ("Signers included 46th ward alderman James Cappleman.", "James Cappleman", "ward alderman"),
        ("He met the Mayor of Pichilemu, Roberto Córdova, on Monday.", "Roberto Córdova", "Mayor of Pichilemu"),
        # a country's possessive, or a portfolio no list holds, before a comma and the holder (round 64)
        ("Afghanistan's president, Hamid Karzai criticized the raid.", "Hamid Karzai", "president"),
        ("Iraq's new president, Jalal Talabani, told the envoy.", "Jalal Talabani", "president"),
        ("The Brazilian Minister of Agrarian Development, Miguel Rossetto, said so.", "Miguel Rossetto",
         "Minister of Agrarian Development"),
    ],
)
def test_an_office_written_as_news_writes_it_makes_an_official(gazetteer, sentence, name, title):
    assert _titles(gazetteer, sentence).get(name) == title


def test_the_country_before_the_public_words_is_the_offices(gazetteer):
    officials = {p.name: p for p in _found(
        gazetteer,
        "Afghan presidential spokesman Omar Zakhil said an inquiry had begun.",
        "Iranian foreign ministry spokesman Reza Tavakoli condemned the strike.",
    ).officials}
    assert (officials["Omar Zakhil"].title, officials["Omar Zakhil"].country) == ("presidential spokesman", "AF")
    assert (officials["Reza Tavakoli"].title, officials["Reza Tavakoli"].country) == ("foreign ministry spokesman", "IR")


def test_an_appositive_with_public_words_before_a_lower_case_office_makes_an_official(gazetteer):
    titles = _titles(gazetteer, "Yusuf Barakat, a civil defence official, said ten bodies were found.")
    assert titles.get("Yusuf Barakat", "").lower() == "civil defence official"


@pytest.mark.parametrize(
    "sentence",
    [
        "The briefing starts at 1:00 PM Eastern Time today.",
        "Last week, MP Materials announced a new magnet plant.",
        "The ambulance driver Ali Hassan said the road was blocked.",  # no office
        "Doctor Ahmed Farouk said the wounded were stable.",
        "The leader of the climbing club, John Smith, said the rope held.",  # a place or body that is not public
        # a review's cases: a company's or a club's office, a comma that is no apposition, a role that is no office
        "Ford spokesman Tom Baker said the recall was wide.",
        "The president, Joan Laporta, said the club would appeal.",
        "When asked about the French president, Bob Jones said he had never met him.",
        "When asked about France's president, Bob Jones answered no.",
        "Ford's president, Bill Ford said so.",
        "Tom Brown, a senior vice president, said sales rose.",
        "Race leader Chris Froome kept the yellow jersey.",
        "Baptist minister John Roe preached on Sunday.",
        "The president of the state bar association, Ann Cole, spoke.",
    ],
)
def test_a_time_a_company_or_a_job_is_no_office(gazetteer, sentence):
    assert _titles(gazetteer, sentence) == {}


def test_world_news_bodies_are_found_in_their_usual_spellings(gazetteer):
    found = _found(
        gazetteer,
        "Officials blamed al-Qaeda and al-Shabab; Tehrik-e-Taliban Pakistan denied a role.",
        "Lashkar-e-Toiba was also named, Radio Shabelle reported, and AMISOM troops sealed the area.",
    )
    assert {"al-Qaeda", "al-Shabab", "Tehrik-e-Taliban Pakistan", "Lashkar-e-Toiba", "Radio Shabelle", "AMISOM"} <= {
        o.name for o in found.organisations
    }


def test_a_news_agency_named_after_a_country_does_not_name_it(gazetteer):
    found = _found(gazetteer, "\"It was terrible,\" a witness told Agence France-Presse in Bangkok, Thailand.")
    assert "FR" not in found.countries and "TH" in found.countries


def test_a_companys_spokesman_is_no_official_and_a_place_is_no_holder(gazetteer):
    found = _found(
        gazetteer,
        "Toyota spokesman Paul Nolasco said the recall was wide.",
        "The wife of the former Democrat governor of the U.S. Virgin Islands wrote to him.",
    )
    assert {p.name for p in found.officials} == set()


def test_a_dotted_acronym_keeps_its_dot_and_parliament_alone_is_a_body(gazetteer):
    names = {o.name for o in _found(
        gazetteer, "The U.N. said talks continue. Members of Parliament voted, and the team stayed in barracks.",
        "He joined Al-Qaeda in Iraq in 2006.",
    ).organisations}
    assert {"U.N.", "Parliament", "Al-Qaeda in Iraq"} <= names and "U.N" not in names and "Al-Qaeda" not in names


def test_only_a_demonym_makes_a_lower_case_president_public(gazetteer):
    titles = _titles(gazetteer, "Acme president John Doe said so. Venezuelan president Hugo Chavez sent wishes.")
    assert "John Doe" not in titles and titles.get("Hugo Chavez") == "president"


def test_a_countrys_generic_institution_drops_the_demonym_but_a_proper_name_keeps_it(gazetteer):
    names = {o.name for o in _found(
        gazetteer, "The Turkish Army crossed the border. The Pakistani Supreme Court ruled. The Israel Defense Forces said."
    ).organisations}
    assert {"Army", "Supreme Court", "Israel Defense Forces"} <= names
    assert not {"Turkish Army", "Pakistani Supreme Court"} & names


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        # round 65: a surname ending like a noun after an office, an office public by itself in an appositive, a
        # minister's portfolio in lower case, joined initials, a state's examiner, a press secretary, an officer
        ("Vice President Pence met the delegation.", "Pence", "Vice President"),
        ("Senator Spence voted against it.", "Spence", "Senator"),
        ("Prices will rise, Luis Andrade, vice minister of energy and mines, told reporters.", "Luis Andrade",
         "Vice minister of energy and mines"),
        ("Ruth Kamau, the minister, said the road would open.", "Ruth Kamau", "Minister"),
        ("K.P. Singh, director-general of police in Punjab, said three were held.", "K.P. Singh",
         "Director-general of police"),
        ("The Chadian minister for civil aviation, Idriss Kaya, cancelled the flight.", "Idriss Kaya",
         "minister for civil aviation"),
        ("Pakistani Minister of Information Asif Raza spoke first.", "Asif Raza", "Minister of Information"),
        ("Deputy State Medical Examiner Ellen Ward testified.", "Ellen Ward", "State Medical Examiner"),
        ("Kremlin press secretary Ivan Orlov denied the report.", "Ivan Orlov", "press secretary"),
        ("The Royal Canadian Mounted Police (RCMP) made arrests. They questioned RCMP officer Dan Leblanc about it.",
         "Dan Leblanc", "officer"),
        ("He interviewed Anna Berg, the United Kingdom's new Prime Minister.", "Anna Berg", "Prime Minister"),
        ("Then Tom Reese, secretary of state, flew to Bonn.", "Tom Reese", "Secretary of state"),
        ("Later, Ireland regional lawmaker Niamh Walsh tweeted her support.", "Niamh Walsh", "lawmaker"),
        ('"Four died," said the chief government administrator of Quetta, Karim Baloch, to the agency.', "Karim Baloch",
         "chief government administrator of Quetta"),
    ],
)
def test_round_65_offices_make_officials(gazetteer, sentence, name, title):
    assert _titles(gazetteer, sentence).get(name) == title


def test_an_acronym_of_a_body_found_in_full_is_still_the_body_before_an_office(gazetteer):
    found = _found(
        gazetteer,
        "The Central Intelligence Agency lost seven officers.",
        "In a statement, CIA spokesman Tom Hale praised them.",
    )
    assert {p.name: p.organisation for p in found.officials}.get("Tom Hale") == "Central Intelligence Agency"


@pytest.mark.parametrize(
    "sentence",
    [
        "John Reed, a minister at the First Baptist Church, said grace.",
        "Rev. John Reed, a Methodist minister, said grace.",
        "He met the Baptist minister for youth, John Reed, at the hall.",
        "Apple chief executive officer John Reed said sales rose.",
        "A loan officer, John Reed, said rates rose.",
        "John Reed, secretary of the chess club, said it.",
    ],
)
def test_a_churchs_minister_or_a_companys_officer_is_no_official(gazetteer, sentence):
    assert "John Reed" not in _titles(gazetteer, sentence)


def test_a_body_the_text_says_what_it_is_of_is_found(gazetteer):
    names = {o.name for o in _found(
        gazetteer,
        "The cartoons ran in Danish newspaper Politiken. The satirical magazine Titanic reprinted them.",
        "Karl Berg of the Dutch rights organization, Vrijheid, said it was glad. Nordlys, a regional daily newspaper, "
        "agreed.",
        "Local mining company Borneo Coal lost value, and localist group Hongkongers First's chair resigned.",
    ).organisations}
    assert {"Politiken", "Titanic", "Vrijheid", "Nordlys", "Borneo Coal", "Hongkongers First"} <= names


@pytest.mark.parametrize(
    "sentence",
    [
        "The spokesman for the company, Tom Baker, declined to comment.",
        "John Doe, a member of the group, said the talks failed.",
        "In the civil rights movement, Dr. King fought for justice.",
        "In New York City, a network of shelters has closed.",
        "Meanwhile, the ocean carrier companies raised prices.",
        "She praised every group I just named.",
        "They sailed on the aircraft carrier USS Enterprise, a carrier strike group.",
    ],
)
def test_a_person_a_place_or_a_word_before_a_type_word_is_no_body(gazetteer, sentence):
    names = {o.name for o in _found(gazetteer, sentence).organisations}
    assert not names & {"Tom Baker", "John Doe", "Dr. King", "King", "New York City", "Meanwhile", "I",
                        "USS Enterprise"}


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        # round 66: a party's leader, office words around the public ones, a minister's lower-case portfolio, a
        # country's office after "is", a post kept, a prosecutor, a militant body's official, a spokesman of a person
        ("Welsh Conservative leader Gwyn Price said it.", "Gwyn Price", "leader"),
        ("Seen was Ann Moss, the deputy assistant defense secretary, coaching troops.", "Ann Moss",
         "Deputy assistant defense secretary"),
        ("Tal Mor, the Israeli tourism minister, warned of it.", "Tal Mor", "Tourism minister"),
        ("Kofi Mensah is Ghana's trade minister.", "Kofi Mensah", "Trade minister"),
        ("Ali Haddad kept his post as Defense Minister, and others left.", "Ali Haddad", "Defense Minister"),
        ("Prosecutor Jan Nowak told reporters today.", "Jan Nowak", "Prosecutor"),
        ("Omar Nasser, a senior Hamas official, said so.", "Omar Nasser", "Official"),
        ("Colonel Gaddafi spoke. A spokesman for Gaddafi, Ali Salem, in a briefing echoed it.", "Ali Salem",
         "spokesman for Gaddafi"),
        ("Then Senators Ann Lee of Ohio, Tom Ruiz of Texas, and Bo Hart of Maine wrote.", "Tom Ruiz", "Senator"),
    ],
)
def test_round_66_offices_make_officials(gazetteer, sentence, name, title):
    assert _titles(gazetteer, sentence).get(name) == title


@pytest.mark.parametrize(
    "sentence",
    [
        "John Reed, a senior Google official, said so.",
        "John Reed, a church minister, said grace.",
        "John Reed is Apple's chief executive.",
        "A spokesman for Ford, John Reed, said it.",
        "John Reed quit as coach of the team.",
    ],
)
def test_a_companys_or_a_churchs_people_stay_people(gazetteer, sentence):
    assert "John Reed" not in _titles(gazetteer, sentence)


def test_the_head_of_a_university_a_school_or_a_hospital_is_no_official_but_an_academys_is(gazetteer):
    titles = _titles(
        gazetteer,
        "Yale University President Peter Salovey spoke. Jane Roe, president of Boston College, agreed. The director "
        "of Mercy Hospital, Ali Farah, said so.",
        "Naval Academy Superintendent Yvette Davids and Supreme Court Justice Amy Barrett attended.",
    )
    assert not {"Peter Salovey", "Jane Roe", "Ali Farah"} & set(titles)
    assert titles.get("Yvette Davids") == "Superintendent" and titles.get("Amy Barrett") == "Justice"


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        # round 67 (from heldout125 + 126's misses): a counterpart, a deputy and a party's treasurer with a country or
        # a body, plural Secretaries-General, the country's minister, an official "with" a ministry
        ("The Spanish foreign minister and his French counterpart, Luc Martin, met.", "Luc Martin", "counterpart"),
        ("In May, the Brazilian deputy Paulo Lima was charged.", "Paulo Lima", "deputy"),
        ("Then forty leaders, including former UN Secretaries-General Ana Ruiz and Ben Okoro, wrote.", "Ben Okoro",
         "Secretary-General"),
        ("Then Karim Aziz, the country's defence minister, attended.", "Karim Aziz", "Defence minister"),
    ],
)
def test_round_67_offices_make_officials(gazetteer, sentence, name, title):
    assert _titles(gazetteer, "Talks held", sentence).get(name) == title


def test_an_official_with_a_ministry_takes_it_as_the_body(gazetteer):
    found = _found(gazetteer, "Talks held", 'Then Dan Levi, an official with the Israeli Foreign Ministry, said "no".')
    assert {p.name: p.organisation for p in found.officials}.get("Dan Levi") == "Israeli Foreign Ministry"


def test_platforms_blocked_are_no_bodies_and_a_demonym_ends_a_typed_name(gazetteer):
    names = {o.name for o in _found(
        gazetteer, "Talks held",
        "Then social media including Facebook, WhatsApp and Viber were blocked.",
        "It sold shares to British firm Babcock and American defence contractor Lockheed Martin.",
    ).organisations}
    assert {"Babcock", "Lockheed Martin"} <= names
    assert not {"Facebook", "WhatsApp", "Babcock and American"} & names


@pytest.mark.parametrize(
    "sentence",
    [
        # a review of rounds 65-67 on ordinary news (a helper's sentences): a club's, a company's, a charity's, a
        # church's, a student body's or a fiction's people stay people
        "On Tuesday, Tom Reed, an ordained minister, led the service.",
        "The student union's minister for welfare, Tom Reed, resigned.",
        "Then Tom Reed, a senator at the university's academic senate, spoke.",
        "At the hearing, IOC president Tom Reed defended the games.",
        "The BBC said so, and BBC spokesman Tom Reed confirmed it.",
        "At Lord's, the England captain and his Australian counterpart Tom Reed shook hands.",
        "In London, Tom Reed resigned as Chief Executive of Oxfam.",
        "By then Tom Reed is Britain's ambassador for Save the Children.",
        "In Boston, Presidents Tom Reed of Harvard and Ann Lowe of Yale testified.",
        "Then Tom Reed, a director with Goldman Sachs, spoke.",
        "In the series, student lawmaker Tom Reed wins.",
        "The chief health officer of the San Francisco 49ers, Tom Reed, cleared the player.",
        "The emergency spokesman for Qantas, Tom Reed, said the plane landed.",
        "At Old Trafford, Manchester United press secretary Tom Reed declined to comment.",
        "In Zurich, former FIFA Secretaries-General Tom Reed and Ann Lowe testified.",
        "The director of the county fair, Tom Reed, said attendance was a record.",
    ],
)
def test_the_reviews_traps_make_no_official(gazetteer, sentence):
    assert "Tom Reed" not in _titles(gazetteer, "Talks held", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "He joined the company Tom Reed founded in 1976.",
        "Then Tom Reed, a company director, said it.",
        "It was Ibiza, the party island, again.",
        "Near King's Cross, the busy station, it rained.",
        "Blood group O is rare, and the ethnic group Kikuyu voted.",
        "On Tuesday the charity Tom Reed supports fed 10,000 children.",
    ],
)
def test_a_type_word_next_to_a_person_or_a_place_makes_no_body(gazetteer, sentence):
    names = {o.name for o in _found(gazetteer, "Talks held", sentence).organisations}
    assert not names & {"Tom Reed", "Ibiza", "King", "King's Cross", "O", "Kikuyu"}


def test_a_leaders_press_secretary_and_a_forum_of_governments_head_are_officials(gazetteer):
    titles = _titles(
        gazetteer, "Talks held",
        "Kazakh President Kassym-Jomart Tokayev spoke. President Tokayev's press secretary, Ruslan Zheldibay, cited him.",
        "In Paris, Odile Renaud-Basso, President of the Paris Club, announced debt relief.",
    )
    assert titles.get("Ruslan Zheldibay") == "press secretary" and titles.get("Odile Renaud-Basso") == "President"


def test_an_office_in_the_plural_opening_a_paragraph_names_its_holders(gazetteer):
    titles = _titles(gazetteer, "Talks held", "Senators Mark Warner and Tim Kaine voted against it.")
    assert titles.get("Mark Warner") == titles.get("Tim Kaine") == "Senator"


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        # a code review of the session's rules: each of these was lost by them
        ("On Monday Jean Dupont, the foreign minister of Luxembourg, met European Union officials.", "Jean Dupont",
         "Foreign minister"),
        ("Yesterday Punjab's provincial information minister Mian Iftekhar said so.", "Mian Iftekhar",
         "provincial information minister"),
        ("The cabinet met. Kofi Mensah is Ghana's ambassador to the United Nations.", "Kofi Mensah", "Ambassador"),
        ("In Delhi, Minister of Information and Broadcasting Ravi Kumar spoke.", "Ravi Kumar",
         "Minister of Information and Broadcasting"),
        ("On Monday Jane Roe, Director of Federal Student Aid, said so.", "Jane Roe", "Director"),
    ],
)
def test_the_code_reviews_cases_keep_their_officials(gazetteer, sentence, name, title):
    assert _titles(gazetteer, "Talks held", sentence).get(name) == title


def test_the_code_reviews_cases_make_no_body_of_a_person(gazetteer):
    names = {o.name for o in _found(
        gazetteer, "Talks held",
        "The attack killed Ahmed Khan, the group said.",
        "He left the firm Tom Reed joined in 2010.",
        "After he quit the party, Boris Johnson, a former mayor, said it.",
        "Then the protest group Extinction Rebellion blocked roads.",
    ).organisations}
    assert "Extinction Rebellion" in names and not names & {"Ahmed Khan", "Tom Reed", "Boris Johnson"}


def test_thousands_of_officials_in_one_text_stay_distinct_people(gazetteer):
    """3,000 senators sharing five given names and no surname stay 3,000 people: coreference now looks names up by
    their words instead of comparing every pair (timed outside the suite: 19.7 s -> 2.7 s for 6,000 names)."""
    names = [f"{first} {last}" for first in ("Ann", "Bob", "Cy", "Di", "Ed") for last in (
        f"Lee{'x' * n}" for n in range(600))]
    paragraphs = [f"Then Senators {a} of Ohio and {b} voted." for a, b in zip(names[::2], names[1::2])]
    found = _found(gazetteer, *paragraphs)
    assert len(found.officials) == len(names)


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        # a dotted abbreviation before a lower-case office names its country or body (round 68)
        ("U.S. president Barack Obama has put his support behind the protesters.", "Barack Obama", "president"),
        ("The talks were led by U.S. ambassador John Bolton on Monday.", "John Bolton", "ambassador"),
        # a misspelling news lets through, and "Ex-" opening a sentence
        ("Prime Minster Recep Tayyip Erdogan has been more measured.", "Recep Tayyip Erdogan", "Prime Minster"),
        ("Ex-president Mary McAleese attended the parade.", "Mary McAleese", "Ex-president"),
        # a government's portfolio in lower case before "minister" or "secretary"
        ("The party was attended by sports minister Shane Ross.", "Shane Ross", "sports minister"),
        ("The energy secretary Ed Miliband spoke first.", "Ed Miliband", "energy secretary"),
        # a relative clause reads as the appositive, and a word of judgement before the office
        ("Andrew McCabe, who is currently serving as acting director of the FBI, was interviewed.", "Andrew McCabe",
         "acting Director"),
        ("Nana Akufo Addo, who was the foreign minister under the current president, ran.", "Nana Akufo Addo",
         "Foreign minister"),
        ("Evo Morales, the worthy president of Bolivia, looks like an extremist to him.", "Evo Morales", "President"),
        # lower-case offices in the plural no company has
        ("The letter was signed by district councillors Alvin Yeung and Fernando Cheung.", "Fernando Cheung", "councillor"),
        ("The bill was backed by Democratic senators Mark Warner and Tim Kaine.", "Tim Kaine", "senator"),
        ("Members of Parliament Ann Lee and Bob Jones spoke.", "Bob Jones", "Member of Parliament"),
        # from heldout127 after its verdict: British police ranks, a supreme leader, a portfolio, an ordinal
        ("In a statement, Detective Inspector Andy Logan said the crime was bad.", "Andy Logan", "Detective Inspector"),
        ("The report quotes Iran's Supreme leader Ali Khamenei, who called for it.", "Ali Khamenei", "Supreme leader"),
        ("The Brazilian Minister of Foreign Relations Celso Amorim will coordinate.", "Celso Amorim",
         "Minister of Foreign Relations"),
        ("Jane Roe, the first president of Kosovo, has died today.", "Jane Roe", "President"),
    ],
)
def test_round_68_offices_make_officials(gazetteer, sentence, name, title):
    assert _titles(gazetteer, sentence).get(name) == title


@pytest.mark.parametrize(
    "sentence",
    [
        "The choir sang at York Minster on Sunday.",
        "The meeting was chaired by club secretary John Smith.",
        "John Smith, who was a minister at the First Baptist Church, spoke.",
        "John Smith, who is the president of Acme Corp, spoke.",
        "John Smith, the longtime president of the Chess Club, spoke.",
        "The club's commissioners John Smith and Bob Jones resigned.",
        "John Smith, the 12th president of the Chess Club, spoke.",
        "He read Inspector Gadget to the children.",
    ],
)
def test_round_68_leaves_private_roles_alone(gazetteer, sentence):
    assert not _found(gazetteer, sentence).officials


def test_a_plural_office_stops_at_the_next_offices_place(gazetteer):
    found = _found(gazetteer, "Signers included Chicago aldermen Proco Moreno and Chicago 40th ward alderman Pat Dowell.")
    names = {p.name for p in found.officials}
    assert "Proco Moreno" in names and "Chicago" not in names


def test_more_generic_institutions_drop_the_demonym_unless_the_full_name_is_known(gazetteer):
    names = {o.name for o in _found(
        gazetteer,
        "The Mexican Postal Service and the Peruvian Central Bank were named. The British Foreign Office objected.",
        "Officers of the Australian Federal Police made the arrests.",
    ).organisations}
    assert {"Postal Service", "Central Bank", "Foreign Office", "Australian Federal Police"} <= names
    assert not {"Mexican Postal Service", "Peruvian Central Bank", "British Foreign Office", "Federal Police"} & names




@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        # round 70: a head of government's own staff, a press spokesman, leaving a post, a local public official
        ("It applies to the West Bank, said the Prime Minister's spokesperson Mark Regev.", "Mark Regev", "spokesperson"),
        ("Jay Carney, the White House press spokesman, reiterated American support.", "Jay Carney", "Press spokesman"),
        ("In May, Maxime Bernier was forced to resign as Foreign Minister after it became known.", "Maxime Bernier",
         "Foreign Minister"),
        ("The talks were led by Foreign Affairs minister Maxime Bernier.", "Maxime Bernier", "Foreign Affairs minister"),
        ("The clash was confirmed by Muawiya Hassanin, a local emergency services official.", "Muawiya Hassanin",
         "Local emergency services official"),
    ],
)
def test_round_70_offices_make_officials(gazetteer, sentence, name, title):
    assert _titles(gazetteer, sentence).get(name) == title


@pytest.mark.parametrize(
    "sentence",
    [
        "The club president's spokesman Robert Gibbs said no.",
        "Toyota press spokesman John Doe said no.",
        "Tim Smith was forced to resign as Chief Executive of Oxfam in May.",
        "However, Jane Doe was the president of the Chess Club.",
        "The clash was confirmed by John Doe, a local club official.",
        # a prince who is neither head of state nor consort holds no office (clar. 56, 82)
        "His brother Prince Akishino has three children, and Princess Mako will marry.",
    ],
)
def test_round_70_leaves_private_roles_and_princes_alone(gazetteer, sentence):
    assert not _found(gazetteer, sentence).officials


def _headline_titles(gazetteer, headline, *paragraphs):
    return {p.name: p.title for p in extract(headline, list(paragraphs), gazetteer).officials}


def test_round_71_headlines_elect_and_resign(gazetteer):
    # "elected new prime minister of India" in a headline: the country is the last word of the line, not the next line's
    found = extract("Narendra Modi elected new prime minister of India", ["The vote was held on Monday."], gazetteer)
    modi = next(p for p in found.officials if p.name == "Narendra Modi")
    assert modi.title == "Prime minister" and modi.country == "IN"
    assert _headline_titles(gazetteer, "Jim Murphy announces resignation as Prime Minister", "He spoke.") == {
        "Jim Murphy": "Prime Minister"
    }
    assert not _headline_titles(gazetteer, "Jim Murphy announced his resignation as Chief Executive of Oxfam", "He spoke.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The tests are: Portuguese, English, French and Spanish languages; History and Geography.",
        "The course has Diplomatic Language, English, French, and Spanish. For every class there is more.",
        "He still speaks with a German accent.",
    ],
)
def test_round_71_languages_are_no_countries(gazetteer, sentence):
    assert not _found(gazetteer, sentence).countries


def test_round_71_a_list_of_peoples_still_names_countries(gazetteer):
    assert set(_found(gazetteer, "English, French and German troops landed.").countries) == {"FR", "DE"}


def test_a_states_bank_or_intelligence_centre_heads_are_officials(gazetteer):
    titles = _headline_titles(
        gazetteer, "President Biden Announces Key Nominations",
        "-   Judith D. Pryor, Nominee for First Vice President of the Export-Import Bank",
        "-   Michael Colin Casey, Nominee for Director of the National Counterintelligence and Security Center",
    )
    assert titles.get("Judith D. Pryor") and titles.get("Michael Colin Casey")


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        # round 72: a lower-case chancellor, other parliaments' members, a party's own office
        ("German chancellor Angela Merkel congratulated Macron via a telephone call.", "Angela Merkel", "chancellor"),
        ("Calls came from Labour MSPs Alex Rowley and Elaine Smith.", "Elaine Smith", "MSP"),
        ("MEP Nessa Childers endorsed the boycott.", "Nessa Childers", "MEP"),
        ("Kezia Dugdale, the party's deputy leader, is to assume the role.", "Kezia Dugdale", "Deputy leader"),
    ],
)
def test_round_72_offices_make_officials(gazetteer, sentence, name, title):
    assert _titles(gazetteer, sentence).get(name) == title


@pytest.mark.parametrize(
    "sentence",
    [
        "The university chancellor John Smith spoke.",
        "Students must cite in MLA Handbook style.",
        "The meeting heard from Rustyn Stoops, Delaware MEP, and others.",
    ],
)
def test_round_72_leaves_universities_citations_and_a_states_partnership_alone(gazetteer, sentence):
    assert not _found(gazetteer, sentence).officials


def test_peers_are_officials_in_a_text_about_the_house_of_lords(gazetteer):
    found = extract("House of Lords approve same-sex marriage bill", [
        "Lord Alli, who is openly gay, said so. The debate heard Lord Cormack and Baroness Stowell of Beeston.",
        "The Lord Speaker called order. Praise the Lord Jesus.",
    ], gazetteer)
    assert {p.name: p.organisation for p in found.officials} == {
        "Alli": "House of Lords", "Cormack": "House of Lords", "Stowell of Beeston": "House of Lords"
    }
    assert not _found(gazetteer, "Lord Voldemort returns in the film.").officials


def test_a_proposed_secretary_of_state_keeps_the_portfolio_not_a_body(gazetteer):
    found = _found(gazetteer, "Rex Tillerson, proposed Secretary of State for the Trump administration, spoke.")
    tillerson = next(p for p in found.officials if p.name == "Rex Tillerson")
    assert (tillerson.title, tillerson.organisation) == ("Secretary of State", "")


@pytest.mark.parametrize(
    "sentence",
    [
        # the review of rounds 68-71: private owners of the new lower-case offices
        "The students' union welfare secretary Amy Hart said it.",
        "The club's development secretary Jane Roe said it.",
        "Club sports secretary Alan Pike said it.",
        "The school's science secretary Jane Doe said it.",
        "The airline's press spokesman Tom Brown said it.",
        "Youth minister Kevin Brown said the centre would open on Sundays.",
        "The Vice-Chancellor's spokesman John Smith said it.",
        "The university President's spokesman John Smith said it.",
        # lower-case plurals with no government's mark
        "The school governors Anne Wright and Ben Cole said it.",
        "Student councillors Mia Patel and Leo Grant said it.",
        "Then the senators Mark Stone and Brady Tkachuk scored.",
        # another's office in a relative clause, a place named after a president, fiction after an opening phrase
        "Jane Doe, who was the President's lawyer, said it.",
        "The rally was held in Presidente Prudente on Monday.",
        "In the film, Harrison Ford was the President of the United States.",
        "Prince Harry said it.",
    ],
)
def test_the_reviews_cases_of_rounds_68_to_71_make_no_official(gazetteer, sentence):
    assert not _found(gazetteer, sentence).officials


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("President Tokayev’s press secretary, Ruslan Zheldibay, said so.", "Ruslan Zheldibay", "press secretary"),
        ("Britain's energy secretary Ed Miliband said it.", "Ed Miliband", "energy secretary"),
        ("Energy secretary Ed Miliband said it.", "Ed Miliband", "Energy secretary"),
        ("Tom Jones agreed to resign as Mayor of Bristol.", "Tom Jones", "Mayor"),
        ("Boris Johnson tendered his resignation as Foreign Secretary on Monday.", "Boris Johnson", "Foreign Secretary"),
        ("Nicola Sturgeon, the first minister of Scotland, spoke.", "Nicola Sturgeon", "First minister"),
        ("Prince Albert of Monaco said it.", "Albert", "Prince"),
        ("Prince Hans-Adam II said it.", "Hans-Adam II", "Prince"),
        ("Signers included Chicago aldermen Proco Moreno and Pat Dowell.", "Pat Dowell", "alderman"),
    ],
)
def test_the_reviews_cases_of_rounds_68_to_71_keep_their_officials(gazetteer, sentence, name, title):
    assert _titles(gazetteer, sentence).get(name) == title


def test_peoples_listed_after_english_are_countries_but_a_language_list_is_not(gazetteer):
    assert set(_found(gazetteer, "The winners were English, French and Dutch.").countries) == {"FR", "NL"}
    assert not _found(gazetteer, "The course has Diplomatic Language, English, French, and Spanish.").countries


def test_thousands_of_accents_count_no_country(gazetteer):
    """Each country match is checked against the language spans by bisection (timed outside the suite: 15,000 accents
    and 7,000 lists took 6.6 s and 3.9 s through the quadratic filter, now 0.1 s)."""
    countries = _found(gazetteer, "German accent " * 2_000 + "Germany won.").countries
    assert countries == {"DE": 1}


def test_a_platform_used_to_post_is_no_body_but_one_acting_is(gazetteer):
    names = {o.name for o in _found(
        gazetteer,
        "Modi posted on social networking site Twitter that India won. Hetherington last updated his Twitter account.",
        "Manik has taken to Twitter with this message.",
    ).organisations}
    assert "Twitter" not in names
    assert "Twitter" in {o.name for o in _found(gazetteer, "On Monday, Twitter suspended the account.").organisations}


def test_a_paper_named_for_its_country_keeps_the_country(gazetteer):
    for sentence, paper in (("Modi told The Times of India that he would govern.", "Times of India"),
                            ("One told The Times of Malta so.", "Times of Malta")):
        assert {o.name for o in _found(gazetteer, sentence).organisations} == {paper}


@pytest.mark.parametrize(
    "sentence",
    [
        # the second review (rounds 70-73 and the first review's mends)
        "Devotees prayed to Lord Krishna and Lord Shiva. The festival was discussed in the House of Lords.",
        "Lord Howe Island was hit by a storm, the House of Lords heard in a debate.",
        "Development secretary Alan Jones of the Rotary Club said it.",
        "Sports minister John Smith of the Baptist church said it.",
        "It was said by welfare secretary Helen Ward of the students' union.",
        "Leeds United press spokesman John Smith said it.",
        "The FIFA President's spokesman John Smith said it.",
        "Model UN senators Ava Chen and Leo Park spoke.",
        "Interim chancellor Jane Doe said the campus would reopen.",
        "Prince Buster of Jamaica sang it.",
        "Jane Doe, the party's candidate for mayor, spoke.",
    ],
)
def test_the_second_reviews_cases_make_no_official(gazetteer, sentence):
    assert not _found(gazetteer, sentence).officials


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("Alberta's energy minister Sonya Savage said it.", "Sonya Savage", "energy minister"),
        ("The Scottish Government's housing minister Kevin Stewart said it.", "Kevin Stewart", "housing minister"),
        ("Trump's commerce secretary Wilbur Ross said it.", "Wilbur Ross", "commerce secretary"),
        ("The Kremlin's press spokesman Dmitry Peskov said it.", "Dmitry Peskov", "press spokesman"),
        ("Democratic senators Elizabeth Warren and Bernie Sanders opposed the bill.", "Bernie Sanders", "senator"),
        ("Local councillors John Smith and Mary Jones objected.", "Mary Jones", "councillor"),
        ("Labour chancellor Jeremy Hunt said it.", "Jeremy Hunt", "Labour chancellor"),
    ],
)
def test_the_second_reviews_cases_keep_their_officials(gazetteer, sentence, name, title):
    assert _titles(gazetteer, sentence).get(name) == title


def test_a_platform_acting_or_trading_is_a_body(gazetteer):
    for sentence in ("Shares rose after Twitter posts first quarterly profit.",
                     "The social media platform Facebook said on Tuesday it had removed the posts."):
        assert _found(gazetteer, sentence).organisations, sentence
    assert not _found(gazetteer, "The Twitter account was suspended.").organisations


@pytest.mark.parametrize(
    ("headline", "name", "title", "country"),
    [
        ("Jacinda Ardern sworn in as Prime Minister of New Zealand", "Jacinda Ardern", "Prime Minister", "NZ"),
        ("Jacinda Ardern becomes New Zealand prime minister", "Jacinda Ardern", "Prime minister", "NZ"),
        ("Kevin Rudd named Australian foreign minister", "Kevin Rudd", "Foreign minister", "AU"),
    ],
)
def test_headlines_that_swear_in_name_and_make_an_official(gazetteer, headline, name, title, country):
    person = next(p for p in extract(headline, ["The ceremony was held on Monday."], gazetteer).officials if p.name == name)
    assert (person.title, person.country) == (title, country)


def test_an_opening_phrase_before_a_swearing_in_and_becoming_a_clubs_president(gazetteer):
    titles = _titles(gazetteer, "After the election, Jacinda Ardern was sworn in as Prime Minister of New Zealand.")
    assert titles.get("Jacinda Ardern") == "Prime Minister"
    assert not _found(gazetteer, "John Smith became president of the Chess Club in 2010.").officials
    assert not extract("Kevin Rudd named Australian of the Year", ["He spoke."], gazetteer).officials


def test_a_body_electing_someone_as_an_office_makes_an_official_unless_it_is_a_club(gazetteer):
    found = extract("General Assembly elects Ban Ki-moon as next UN chief", ["The vote was held on Monday."], gazetteer)
    assert {p.name for p in found.officials} == {"Ban Ki-moon"}
    assert _titles(gazetteer, "Parliament elects Jane Doe as Speaker on Monday.") == {"Jane Doe": "Speaker"}
    for sentence in ("The club elected John Smith as the new President.", "The board named John Smith as the new President."):
        assert not _found(gazetteer, sentence).officials, sentence
