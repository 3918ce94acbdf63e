"""Unit tests: numbers, qualifiers, dates, periods, sentences, metrics, claimants."""

from __future__ import annotations

from datetime import date

import pytest

from claims.claimants import lookup, normalise_claimant
from claims.extract import extract
from claims.extract.dates import find_dates, find_periods, last_weekday, make_period
from claims.extract.numbers import find_figures, parse_number, words_to_int
from claims.extract.sentences import split_sentences
from claims.model import Article


@pytest.mark.parametrize(
    "text,value",
    [
        ("3,000", 3000),
        ("3000", 3000),
        ("1.5 million", 1_500_000),
        ("twelve thousand", 12000),
        ("twenty-five", 25),
        ("two hundred and fifty", 250),
        ("a thousand", 1000),
        ("a dozen", 12),
        ("12k", 12000),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_words_to_int_rejects_other_words():
    assert words_to_int("soldiers") is None


@pytest.mark.parametrize(
    "text,low,high,qualifier",
    [
        ("at least 3,000 soldiers", 3000, None, "at_least"),
        ("no fewer than 300 troops", 300, None, "at_least"),
        ("more than 1,000 soldiers", 1000, None, "more_than"),
        ("already exceeds 3,000 people", 3000, None, "more_than"),
        ("over a thousand troops", 1000, None, "more_than"),
        ("in excess of 500 troops", 500, None, "more_than"),
        ("an estimated 11,000 soldiers", 11000, 11000, "about"),
        ("some 300 troops", 300, 300, "about"),
        ("roughly 4,000 troops", 4000, 4000, "about"),
        ("nearly 4,000 troops", 4000, 4000, "about"),
        ("as many as 40 soldiers", None, 40, "up_to"),
        ("up to 100 troops", None, 100, "up_to"),
        ("fewer than 50 troops", None, 50, "up_to"),
        ("11,000-12,000 troops", 11000, 12000, "range"),
        ("10,000 to 12,000 troops", 10000, 12000, "range"),
        ("between 10,000 and 12,000 troops", 10000, 12000, "range"),
        ("77 soldiers", 77, 77, "exactly"),
        ("twelve thousand soldiers", 12000, 12000, "exactly"),
        ("3,000 or more soldiers", 3000, None, "at_least"),
    ],
)
def test_figures_and_qualifiers(text, low, high, qualifier):
    fig = find_figures(text)[0]
    assert (fig.value_low, fig.value_high, fig.qualifier) == (low, high, qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "dozens of soldiers",
        "hundreds of troops",
        "several hundred troops",
        "a few soldiers",
        "several soldiers",
        "thousands of troops",
    ],
)
def test_vague_counts(text):
    fig = find_figures(text)[0]
    assert fig.is_vague and fig.qualifier == "vague" and fig.value_low is None
    assert text.startswith(fig.text)


@pytest.mark.parametrize(
    "text",
    ["nearly 40% of the troops", "about 30 per cent of them", "in 2024", "in the 1950-53 war"],
)
def test_not_counts(text):
    assert find_figures(text) == []


PUB = date(2024, 12, 28)  # a Saturday


@pytest.mark.parametrize(
    "text,value,precision",
    [
        ("said Friday", date(2024, 12, 27), "day"),
        ("on Monday", date(2024, 12, 23), "day"),
        ("on Saturday", date(2024, 12, 28), "day"),
        ("earlier this week", date(2024, 12, 23), "week"),
        ("last week", date(2024, 12, 16), "week"),
        ("this month", date(2024, 12, 1), "month"),
        ("in June", date(2024, 6, 1), "month"),
        ("last August", date(2024, 8, 1), "month"),
        ("Dec. 23", date(2024, 12, 23), "day"),
        ("23 December", date(2024, 12, 23), "day"),
        ("December 23, 2024", date(2024, 12, 23), "day"),
        ("yesterday", date(2024, 12, 27), "day"),
        ("today", date(2024, 12, 28), "day"),
        ("in February 2022", date(2022, 2, 1), "month"),
    ],
)
def test_dates(text, value, precision):
    found = find_dates(text, PUB)[0]
    assert (found.value, found.precision) == (value, precision)


def test_weekday_same_day():
    assert last_weekday(PUB, "saturday") == PUB


@pytest.mark.parametrize(
    "text,start,end",
    [
        ("in the past week", date(2024, 12, 21), date(2024, 12, 27)),
        ("since October", date(2024, 10, 1), date(2024, 12, 27)),
        ("between January and March", date(2024, 1, 1), date(2024, 3, 31)),
        ("as of mid-January", None, date(2024, 1, 15)),
        ("so far", None, date(2024, 12, 27)),
        ("over three days", None, None),
    ],
)
def test_periods(text, start, end):
    match = find_periods(text)[0]
    period = make_period(match, date(2024, 12, 27), text)
    assert period.text == text
    assert (period.period_start, period.period_end) == (start, end)


def test_sentences_skip_furniture_and_read_more():
    text = (
        "Advertisement\nRead More\n3,000 killed, Zelensky says\n"
        "North Korean troops fought. Dec. 23 was cold."
    )
    quotes = [text[s.start : s.end] for s in split_sentences(text)]
    assert quotes == ["North Korean troops fought.", "Dec. 23 was cold."]


def test_glued_byline():
    text = "by JOHN SMITH · Daily NewsNorth Korean soldiers fought."
    sent = split_sentences(text)[0]
    assert text[sent.start : sent.end] == "North Korean soldiers fought."


@pytest.mark.parametrize(
    "name,canonical,country",
    [
        ("Zelenskyy", "Volodymyr Zelensky", "UA"),
        ("Zelenskiy", "Volodymyr Zelensky", "UA"),
        ("NIS", "South Korea's National Intelligence Service (NIS)", "KR"),
        ("South Korea's spy agency", "South Korea's National Intelligence Service (NIS)", "KR"),
        ("Budanov", "Ukraine's Defence Intelligence (HUR)", "UA"),
        ("Ukraine's military intelligence", "Ukraine's Defence Intelligence (HUR)", "UA"),
        ("SSO", "Ukrainian Special Operations Forces", "UA"),
    ],
)
def test_claimant_aliases(name, canonical, country):
    assert normalise_claimant(name)[:2] == (canonical, country)
    assert lookup(name) is not None


def _claims(text: str, **kw):
    return extract(Article(text=text, published=kw.pop("published", PUB), **kw)).claims


def test_attribution_forms():
    rows = _claims("About 300 North Korean soldiers have been killed, according to the NIS.")
    assert rows[0].claimant == "South Korea's National Intelligence Service (NIS)"
    rows = _claims('"More than 1,000 North Korean soldiers were killed," said John Kirby.')
    assert rows[0].claimant == "John Kirby"
    rows = _claims("Kyiv-based analyst Ivan Petrenko said 200 North Korean soldiers were captured.")
    assert (rows[0].claimant, rows[0].claimant_country) == ("Ivan Petrenko", "UA")


def test_relayed_claim():
    rows = _claims(
        "Lawmaker Lee Seong-kweun said, citing the NIS, that 300 North Korean soldiers died."
    )
    assert rows[0].claimant == "South Korea's National Intelligence Service (NIS)"
    assert rows[0].relayed_by == "Lee Seong-kweun"


def test_anonymous_and_outlet_voice():
    rows = _claims("Some 200 North Korean soldiers were killed, a senior US official said.")
    assert (rows[0].claimant, rows[0].attribution, rows[0].claimant_country) == (
        "Anonymous US official(s)",
        "anonymous",
        "US",
    )
    rows = _claims("About 11,000 North Korean troops were sent to Russia.", outlet="The Daily")
    assert (rows[0].claimant, rows[0].attribution, rows[0].said_on) == (
        "The Daily",
        "unattributed",
        PUB,
    )
    assert rows[0].said_on_text is None


@pytest.mark.parametrize(
    "text",
    [
        "Russia has lost 1,500 soldiers in Kursk, Ukraine said of North Korea's ally.",
        "North Korea has sent 20,000 containers of shells to Russia, Seoul said.",
        "North Korea plans to send 5,000 more troops to Russia, officials said.",
        "North Korea could deploy 10,000 more soldiers, the NIS said.",
        "About 40% of the North Korean troops were wounded, the NIS said.",
        "Ukraine holds 800 square km of Kursk, where North Korean troops fight.",
        "North Korean troops were paid $2,000 a month, the NIS said.",
        "Some 2.5 million people died in the Korean War, North Korea says.",
    ],
)
def test_traps_yield_nothing(text):
    assert _claims(text) == []


def test_timeline_label_events():
    text = (
        "June 2024: Putin and Kim Jong Un sign a mutual defence treaty in Pyongyang.\n"
        "January 2025: Ukraine captures two North Korean soldiers.\n"
    )
    events = extract(Article(text=text, published=date(2025, 4, 29))).events
    got = {(e.date, e.date_precision, e.category) for e in events}
    assert got == {(date(2024, 6, 1), "month", "treaty"), (date(2025, 1, 1), "month", "casualties")}
    for event in events:
        assert text[event.char_start : event.char_end] == event.quote


def test_spokesman_speaks_for_the_body():
    rows = _claims(
        "A spokesman for Ukraine's General Staff, Andriy Kovalov, said 40 North Korean "
        "soldiers were killed near Sudzha."
    )
    assert (rows[0].claimant, rows[0].relayed_by) == ("Ukraine's General Staff", "Andriy Kovalov")


def test_headline_takes_the_body_source():
    text = (
        "3,000 North Korean troops sent to Russia\n"
        "North Korea has sent about 3,000 troops to Russia, South Korea's spy agency said.\n"
        "North Korea has sent 3,000 troops, the NIS said on Friday."
    )
    rows = _claims(text)
    assert rows[0].char_start == 0
    assert rows[0].claimant == "South Korea's National Intelligence Service (NIS)"


def test_transcript_speaker_label():
    text = "MAJ. GEN. RYDER: Good afternoon. There are about 11,000 North Korean troops in Russia."
    rows = _claims(text)
    assert rows[0].claimant == "Pentagon (US Department of Defense)"


@pytest.mark.parametrize("text", [
    "One North Korean soldier tried to detonate a grenade when he was about to be captured.",
    "Asked about reports that 30 North Koreans were killed, the NIS said it could not confirm.",
    "Russian and North Korean forces together lost more than 1,500 men, Kyiv said.",
    "North Korean workers - as many as 15,000 of them - are being sent to Russia, the NIS said.",
])
def test_not_claims(text):
    assert _claims(text) == []


@pytest.mark.parametrize("text", ["about one in three soldiers", "one out of every five troops"])
def test_ratios_are_not_counts(text):
    assert find_figures(text) == []


def test_ratio_guard_keeps_periods():
    assert find_figures("killed 300 in three days")[0].value_low == 300


@pytest.mark.parametrize(
    "text,claimant",
    [
        # a country's possessive opens an unregistered body's name
        (
            "Latvia's Constitution Protection Bureau said about 900 North Korean soldiers were "
            "wounded.",
            "Latvia's Constitution Protection Bureau",
        ),
        # "put <deaths|troops…> at", with an appositive between the body and the verb
        (
            "The Baltic Defence Centre, a research group in Riga, put North Korean deaths at "
            "about 700.",
            "Baltic Defence Centre",
        ),
        # "The X-based body … , saying"
        (
            "The Oslo-based Nordic Security Institute was cautious, saying that some 400 North "
            "Korean soldiers had been captured.",
            "Nordic Security Institute",
        ),
        # a restrictive relative clause holding a quote between speaker and verb
        (
            'A Ukrainian artillery commander who gave only his call sign, "Birch", said his unit '
            "had killed about 40 North Korean soldiers.",
            "Anonymous Ukrainian official(s)",
        ),
        # registered think tanks, by acronym
        ("About 2,000 North Korean soldiers were wounded, KIDA said.",
         "Korea Institute for Defense Analyses"),
        ("RUSI estimated that 1,500 North Korean troops had been killed.",
         "Royal United Services Institute"),
    ],
)
def test_unregistered_and_role_only_speakers(text, claimant):
    rows = _claims(text)
    assert rows and rows[0].claimant == claimant


def test_spokesperson_for_an_unregistered_unit():
    rows = _claims(
        "A spokesperson for Ukraine's 61st Rifle Battalion, Petro Ivanenko, said on Monday that "
        "the battalion had captured three North Korean soldiers."
    )
    assert (rows[0].claimant, rows[0].relayed_by) == (
        "Ukraine's 61st Rifle Battalion",
        "Petro Ivanenko",
    )


def test_a_country_believes_but_a_named_source_says():
    rows = _claims(
        "The United States believes more than 1,000 North Korean soldiers have been killed or "
        "wounded, the State Department's spokesman said on Thursday."
    )
    assert rows[0].claimant == "US State Department"


def test_share_of_the_losses_named_by_what_it_was():
    rows = _claims(
        "A White House official said that roughly 300 of the casualties were deaths among "
        "North Korean troops."
    )
    assert (rows[0].metric, rows[0].value_low) == ("killed", 300)


def test_headline_casualties_take_the_body_source():
    text = (
        "US says North Korean casualties top 1,000\n"
        "More than 1,000 North Korean soldiers have been killed or wounded in Kursk, the State "
        "Department said on Thursday."
    )
    rows = _claims(text)
    assert (rows[0].metric, rows[0].qualifier, rows[0].claimant) == (
        "casualties",
        "more_than",
        "US State Department",
    )


def _facts(text: str) -> list[tuple]:
    return [(c.claimant, c.metric, c.value_low, c.value_high) for c in _claims(text)]


def test_related_links_list_is_not_the_article():
    text = (
        "North Korean troops remain in Kursk, the NIS said.\n"
        "Related:\n- Kyiv: 3,000 North Korean soldiers killed\n"
        "- Seoul spy agency: 300 North Korean troops dead\n"
        "- Zelensky offers to swap two North Korean POWs\n"
    )
    assert _facts(text) == []


def test_time_stamps_and_contrasts_are_not_counts():
    assert _facts("11:05 — Peskov was asked about North Korean casualties.") == []
    rows = _facts(
        '"The North Korean dead number in the hundreds rather than the thousands," she said.'
    )
    assert [r[1:] for r in rows] == [("killed", None, None)]


def test_participle_does_not_hide_the_loss():
    rows = _facts("At least 100 North Korean soldiers sent to fight for Russia have been killed, "
                  "the NIS said.")
    assert rows == [("South Korea's National Intelligence Service (NIS)", "killed", 100, None)]


def test_speaker_after_closing_quote_and_named_appositive():
    text = ('North Korean units attacked. "We counted at least 30 North Korean bodies," said the '
            "commander, Colonel Ivan Petrenko.")
    assert _facts(text) == [("Ivan Petrenko", "killed", 30, None)]


def test_subject_before_a_long_aside():
    text = ("North Korean units attacked. A Ukrainian military official, speaking on condition of "
            "anonymity because he was not authorised to brief the media, said 200 North Koreans "
            "had been killed.")
    assert _facts(text)[0][0] == "Anonymous Ukrainian official(s)"


def test_transcript_answer_counts_what_the_question_asked():
    text = (
        "Transcript of an interview about North Korean troops.\n"
        "INTERVIEWER: Ukraine is holding North Korean prisoners. How many?\n"
        "BUDANOV: At this moment, two.\n"
        "INTERVIEWER: So two prisoners.\n"
    )
    rows = _facts(text)
    assert rows[0] == ("Ukraine's Defence Intelligence (HUR)", "captured", 2, 2)
    assert rows[1][0] == "Ukraine's Defence Intelligence (HUR)"  # the host restates the guest


def test_list_item_label_is_the_source():
    text = ("Estimates of North Korean losses:\n"
            "- **John Kirby, Dec. 27:** The White House spokesman said more than 1,000 North "
            "Korean soldiers had been killed or wounded.\n")
    assert _facts(text) == [("John Kirby", "killed_or_wounded", 1000, None)]


def test_quotation_over_several_sentences_belongs_to_who_closes_it():
    text = ('North Korean troops attacked, Zelensky said on Friday.\n'
            '"It was hard. We took three North Korean soldiers prisoner. We counted 30 bodies," '
            "said Colonel Ivan Petrenko.")
    rows = _claims(text)
    assert [(r.claimant, r.metric, r.value_low) for r in rows] == [
        ("Ivan Petrenko", "captured", 3),
        ("Ivan Petrenko", "killed", 30),
    ]
    assert rows[0].said_on == rows[1].said_on == PUB


def test_relative_clause_speaker_and_a_date_inside_the_window():
    text = ("North Korean troops fought. The brigade said it had taken three North Korean soldiers "
            "prisoner, which would add to the two that President Volodymyr Zelensky said on "
            "Jan. 11 had been captured.")
    rows = [(r.claimant, r.metric, r.value_low) for r in _claims(text)]
    assert ("Volodymyr Zelensky", "captured", 2) in rows


def test_subject_named_then_he_said_and_its_analysts():
    text = ("North Korean troops fight in Kursk.\n"
            "Tory MP Edward Smith, who sits on the Defence Committee, was blunt.\n"
            'He said yesterday: "Kim has shipped over 10,000 young men to Russia."')
    assert _facts(text) == [("Edward Smith", "deployed", 10000, None)]
    text = ("North Korean troops fight in Kursk. The Royal United Services Institute took a "
            "broader view. In a commentary, its analysts wrote that Pyongyang had sent up to "
            "12,000 personnel to Russia.")
    assert _facts(text) == [("Royal United Services Institute", "deployed", None, 12000)]


def test_headline_takes_the_source_of_the_hedged_body_figure():
    text = ("3,000 North Korean troops 'killed or wounded'\n"
            'A Western official told the Clarion: "At least 3,000 North Koreans have been killed '
            'or wounded."')
    rows = _facts(text)
    assert rows[0] == ("Anonymous Western official(s)", "killed_or_wounded", 3000, 3000)


def test_cases_custody_and_moscows_enemy():
    rows = _facts("North Korean troops fight. The NIS said it had confirmed at least three "
                  "cases in which North Korean soldiers killed themselves.")
    assert rows == [("South Korea's National Intelligence Service (NIS)", "suicides", 3, None)]
    rows = _facts("North Korean troops fight. Ukrainian officials said a third soldier had been "
                  "taken, bringing to three the number of North Koreans in Ukrainian custody.")
    assert rows == [("Anonymous Ukrainian official(s)", "captured", 3, 3)]
    text = ("North Korean troops fight in Kursk. Since August the enemy has lost over 45,000 "
            "servicemen, according to the Russian Defence Ministry.")
    assert _facts(text) == []


def test_part_of_a_total_and_losses_exceeding():
    rows = _facts("North Korean troops fight. A Western official estimated that about 4,000 of the "
                  "roughly 11,000 North Korean troops sent to Russia have been killed or wounded.")
    assert [r[1:] for r in rows] == [("killed_or_wounded", 4000, 4000), ("deployed", 11000, 11000)]
    rows = _facts("North Korean troops fight. The HUR has estimated that North Korean losses in "
                  "Kursk exceed 4,000, a toll that explains why the prisoners matter.")
    assert [r[1:] for r in rows] == [("casualties", 4000, None)]


def test_troops_inside_russia_in_a_quote_and_japans_minister():
    text = ('North Korean troops fight. "Markets shrug," said Park Ji-hoon, a strategist at a '
            'bank. "You have roughly 11,000 North Korean troops inside Russia. Moscow pays."')
    assert _facts(text) == [("Park Ji-hoon", "deployed", 11000, 11000)]
    text = ('North Korean troops fight. Defense Minister Gen Nakatani said that "several hundred" '
            "North Korean soldiers were believed to have died in combat.")
    assert _facts(text) == [("Japanese defence ministry", "killed", None, None)]


def test_companions_are_not_owners_and_the_statement_speaks_for_its_body():
    text = ("North Korean troops fight. In a written statement, the Pentagon said North Korean "
            'units fighting alongside Russian forces had suffered casualties "in the hundreds". '
            'The department "assesses that 11,000 DPRK soldiers are deployed in Russia," the '
            "statement said.")
    rows = _facts(text)
    assert ("Pentagon (US Department of Defense)", "casualties", None, None) in rows
    assert ("Pentagon (US Department of Defense)", "deployed", 11000, 11000) in rows


def test_researchers_at_an_institute_suggesting_and_might_be_missing():
    text = ("North Korean troops fight. Researchers at the Royal United Services Institute, in a "
            "paper published last week, went further, suggesting that as many as 1,500 North "
            "Korean soldiers might be missing.")
    assert _facts(text) == [("Royal United Services Institute", "missing", None, 1500)]
    text = ("North Korean troops fight. There was a rough consensus about the deployment's scale: "
            "somewhere between 10,000 and 12,000 troops, according to western officials.")
    assert _facts(text) == [("Anonymous Western official(s)", "deployed", 10000, 12000)]


def test_other_armies_losing_and_said_before_a_clause_subject():
    text = ("North Korean troops fight. Ukraine has said Russian forces in the region have lost "
            "more than 38,000 soldiers killed and wounded. Austin said Russia is losing roughly "
            "1,200 soldiers a day killed or wounded.")
    assert _facts(text) == []
    text = ("North Korean troops fight. The UK Ministry of Defence, in its regular intelligence "
            "update, said North Korean units had likely suffered around 1,000 casualties.")
    assert _facts(text) == [("UK Ministry of Defence", "casualties", 1000, 1000)]


def test_quote_label_and_moved_toward():
    text = ("Budanov spoke about North Korean troops on television.\n"
            'Quote: "The North Koreans have already lost nearly 4,000 men, killed and wounded."')
    assert _facts(text) == [("Ukraine's Defence Intelligence (HUR)", "killed_or_wounded", 4000,
                             4000)]
    text = ("North Korean troops fight. Mr. Kirby told reporters that more than 8,000 North "
            "Korean soldiers had moved toward the Kursk border area.")
    assert _facts(text) == [("John Kirby", "deployed", 8000, None)]


def test_sources_revisions_and_who_he_is_after_a_quote_mentions_putin():
    rows = _facts("North Korea's force has taken a battering, with roughly 1,000 North Korean "
                  "soldiers killed, according to two U.S. officials.")
    assert rows == [("Anonymous US official(s)", "killed", 1000, 1000)]
    rows = _facts("North Korean troops fight. The NIS had earlier put the death toll at 200; it "
                  "revised it to 300 on Friday.")
    assert [r[1:] for r in rows] == [("killed", 200, 200), ("killed", 300, 300)]
    text = ('North Korean troops fight. Andrew Pell, the armed forces minister, said the '
            'deployment was "a sign of Putin\'s desperation".\n'
            '"More than 1,000 of these North Korean men are now dead," he said.')
    assert _facts(text) == [("Andrew Pell", "killed", 1000, None)]
    rows = _facts("North Korean troops fight. Zelensky put the number of North Koreans killed or "
                  "wounded at nearly 4,000. Kyiv says Russian losses in the Kursk operation have "
                  "topped 38,000.")
    assert rows == [("Volodymyr Zelensky", "killed_or_wounded", 4000, 4000)]


def test_titled_name_then_surname_and_soil_and_one_with():
    text = ("The first time Captain Oleh Marko saw North Korean infantry, he thought the feed had "
            "frozen.\nMarko, whose battalion operates in Kursk, says his unit has killed at least "
            "150 North Korean soldiers.")
    assert _facts(text) == [("Oleh Marko", "killed", 150, None)]
    rows = _facts('North Korean troops fight. "More than 10,000 North Korean soldiers are now on '
                  'Russian soil," Vaitkus said. It shows the prisoners, one with bandaged hands.')
    assert [r[1:] for r in rows] == [("deployed", 10000, None)]


def test_lead_subject_korean_surname_kpa_ratio_and_part_of_losses():
    text = ("Lee Hyun-woo keeps a photograph of his platoon. A former lieutenant in the Korean "
            "People's Army, he defected in 2019.\n"
            '"I believe at least 5,000 young men have been killed or wounded," Lee says.')
    assert _facts(text) == [("Lee Hyun-woo", "killed_or_wounded", 5000, None)]
    rows = _facts("North Korean troops fight. The ministry judged that roughly 1,500 of the North "
                  "Korean casualties were killed. A general said they took roughly three "
                  "casualties for every one Ukrainian.")
    assert [r[1:] for r in rows] == [("killed", 1500, 1500)]


def test_one_source_expectations_and_parts_of_another_armys_losses():
    text = ("North Korean troops fight. One official said the number of North Koreans killed had "
            "topped 100. Syrskyi said Russian forces had lost more than 38,000 servicemen in "
            "Kursk, including over 15,000 killed. Yusov said Kyiv expected as many as 15,000 "
            "North Korean soldiers to be in Russia by the end of the year.")
    assert [r[1:] for r in _facts(text)] == [("killed", 100, None)]


def test_shares_ratios_subsets_and_non_people_counts():
    text = ("North Korean troops have fought in Kursk since the autumn. By one reckoning, a third "
            "of the contingent was killed or wounded, and for every North Korean soldier killed, "
            "about three were wounded. The official said the losses came in a handful of "
            "assaults. Notes were found on the bodies of some of the dead.")
    assert _facts(text) == []


def test_adjective_wounded_far_arrival_and_more_who_were_sent():
    rows = _facts("The SBU said several wounded North Korean soldiers had taken their own lives.")
    assert [r[1] for r in rows] == ["suicides"]
    rows = _facts("North Korea is sending troops. The NIS said some 1,500 special forces troops "
                  "from the North's elite Storm Corps had already arrived in the Russian Far East.")
    assert [r[1:3] for r in rows] == [("deployed", 1500)]
    rows = _facts("The NIS believes 14,000 North Korean soldiers have been sent to Russia. That "
                  "includes roughly 3,000 more who were sent as reinforcements in January.")
    assert [r[1:3] for r in rows] == [("deployed", 14000), ("deployed", 3000)]
    rows = _facts("Singh said at least 3,000 North Korean soldiers were now in eastern Russia.")
    assert [r[1:3] for r in rows] == [("deployed", 3000)]


def test_transcript_labels_in_capitals_and_they_after_a_body():
    text = ("His guest is Mira Castellano, who studies the Korean Peninsula.\n\n"
            "HOST: How many North Korean soldiers have died?\n\n"
            "CASTELLANO: Less than you think. The figure South Korea's spy agency gave lawmakers "
            "is the floor. They "
            "said about 300 North Korean soldiers were killed.\n\n"
            "CASTELLANO: My own estimate is that 1,000 North Korean soldiers have been killed.\n\n"
            "DANIEL HARTWELL: I would put it at 2,000 North Korean soldiers killed.")
    assert [(r[0], r[2]) for r in _facts(text)] == [
        ("South Korea's National Intelligence Service (NIS)", 300),
        ("Mira Castellano", 1000),
        ("Daniel Hartwell", 2000),
    ]


def test_exchanges_corrections_sources_as_subjects_and_weapons_of_them():
    text = ("North Korean troops are fighting in Kursk. In the latest swap, each side freed 150 "
            "prisoners. Some sources count the missing too; a few report deaths only. North Korea "
            "has also sent 200 artillery pieces. Ukrainian drone units say they have destroyed "
            "dozens of them.\n\nCorrection: An earlier version of this article said the NIS had "
            "put North Korean casualties at 1,200.")
    assert _facts(text) == []


def test_telling_put_at_passed_through_and_the_same_report():
    text = ("North Korean troops are in Kursk. Last autumn, the Pentagon put the North Korean "
            "contingent in Kursk at 11,000 to 12,000 troops. By December, John Kirby was telling "
            "reporters that hundreds of them had been killed. Later in November, the NIS raised "
            "its count, telling lawmakers that roughly 11,000 troops had been deployed. The NIS "
            "now reckons that some 15,000 North Koreans have passed through Russia. KIDA said in "
            "a report that the exports were worth $20 billion. The same report estimated that up "
            "to 15,000 North Korean soldiers were in Russia.")
    assert [(r[0].split(" (")[0], r[1], r[2] or r[3]) for r in _facts(text)] == [
        ("Pentagon", "deployed", 11000),
        ("John Kirby", "killed", None),
        ("South Korea's National Intelligence Service", "deployed", 11000),
        ("South Korea's National Intelligence Service", "deployed", 15000),
        ("Korea Institute for Defense Analyses", "deployed", 15000),
    ]


def test_long_relative_clause_appositive_roles_and_bodies_behind_people():
    text = ("North Korean troops fight in Kursk. A US official who spoke on condition of anonymity "
            "to discuss intelligence assessments said at least 100 North Korean soldiers were "
            "killed. In December, John Kirby, then the White House national security adviser, "
            "said Pyongyang had deployed roughly 12,000 soldiers. Emma Hale, a research fellow at "
            "the Royal United Services Institute in London, estimated that as many as 1,000 North "
            "Korean soldiers had been killed or wounded. UK Defence Intelligence published its "
            "update on Thursday. The update said that a further 3,000 North Korean troops had "
            "arrived. On 11 January, Zelensky announced the capture of two North Korean soldiers.")
    assert [(r[0], r[1]) for r in _facts(text)] == [
        ("Anonymous US official(s)", "killed"),
        ("John Kirby", "deployed"),
        ("Royal United Services Institute", "killed_or_wounded"),
        ("UK Ministry of Defence", "deployed"),
        ("Volodymyr Zelensky", "captured"),
    ]


def test_other_armies_tolls_and_disasters_are_not_claims():
    text = ("North Korean troops fight in Kursk. Ukraine's General Staff publishes daily figures "
            "for Russian losses, which it put on Tuesday at more than 1,500 soldiers. Chinese "
            "authorities say the death toll from Tuesday's earthquake in Tibet has risen to more "
            "than 120.")
    assert _facts(text) == []


def test_wounded_as_the_counted_peoples_adjective_and_media_sources():
    text = ("North Korean troops fight in Kursk. HUR said about 600 wounded North Korean soldiers "
            "had been brought to military hospitals in Moscow. HUR said at least two of the "
            "wounded North Koreans had taken their own lives. Okno Media, an independent news "
            "site, reported that at least 150 wounded North Korean soldiers had been treated at "
            "one hospital. A nurse said it was also treating thousands of wounded Russian "
            "servicemen. The last time North Korea sent troops abroad was during the Vietnam War, "
            "when roughly 200 of its pilots flew from bases in North Vietnam.")
    assert [(r[0].split(" (")[0], r[1], r[2]) for r in _facts(text)] == [
        ("Ukraine's Defence Intelligence", "wounded", 600),
        ("Ukraine's Defence Intelligence", "suicides", 2),
        ("Okno Media", "wounded", 150),
    ]


def test_list_lines_source_figure_date_and_owned_estimates():
    text = ("Estimates of North Korea's deployment.\n\n"
            "Pentagon (US Department of Defense) — between 11,000 and 12,000 troops in Russia — "
            "4 December 2024\n"
            "Ukraine's Defence Intelligence (HUR) — about 4,000 killed or wounded — "
            "11 March 2025\n\n"
            "The Pentagon put the number of North Korean troops in Russia at about 11,000 late "
            "last year. The NIS briefed lawmakers on Thursday. Rep. Cho Min-seok of the ruling "
            "party, who attended the briefing, put the agency's estimate at roughly 1,800 dead. "
            "Syrskyi said North Korean units had taken severe losses, in some of the most "
            "detailed remarks he has made.")
    rows = _claims(text)
    assert [(r.claimant.split(" (")[0], r.metric, r.value_low, str(r.said_on)) for r in rows] == [
        ("Pentagon", "deployed", 11000, "2024-12-04"),
        ("Ukraine's Defence Intelligence", "killed_or_wounded", 4000, "2025-03-11"),
        ("Pentagon", "deployed", 11000, "2024-12-04"),  # its last dated statement
        ("South Korea's National Intelligence Service", "killed", 1800,
         str(last_weekday(PUB, "thursday"))),  # when the agency briefed
    ]
    assert rows[3].relayed_by == "Cho Min-seok"


def test_own_losses_mornings_withdrawn_figures_and_companions_losses():
    text = ("North Korean troops fight in Kursk. The commander said his men killed about 40 North "
            "Korean soldiers in one morning. Two of my guys were wounded, he said. My unit "
            "captured one of them, he said. A ministry spokesman said 1,300 North Korean soldiers "
            "had been killed. He later said the figure of 1,300 killed did not reflect the "
            "ministry's assessment. The channel said Russian paratroopers fighting alongside the "
            "North Koreans had lost \"hundreds of men\".")
    assert [(r[1], r[2]) for r in _facts(text)] == [("killed", 40), ("captured", 1)]


def test_force_sizes_without_a_verb():
    text = ("North Korean troops fight in Kursk. Asked how many North Koreans remained in Russia, "
            "Singh said the US estimate was still between 11,000 and 12,000 troops. An ISW "
            "analyst wrote that the force in Kursk was \"probably 11k to 12k, not the low end\".")
    assert [(r[1], r[2], r[3]) for r in _facts(text)] == [
        ("deployed", 11000, 12000), ("deployed", 11000, 12000)]


def test_answers_custody_other_regions_revisions_and_history_decades():
    text = ("North Korean troops fight in Kursk. Asked about prisoners, Zelensky said Kyiv was "
            "holding two North Korean soldiers captured in January. The SBU says three North "
            "Korean soldiers are now in its custody. HUR says some 3,000 North Korean troops are "
            "now in Belgorod. \"There are up to 11,000 North Korean military personnel on Russian "
            "territory,\" Yusov said. The NIS said 1,500 North Korean troops had been shipped to "
            "Russia. By November, the agency had raised its estimate to more than 10,000, most "
            "of them moved west. The brigade said two of its own soldiers were wounded. The "
            "question of prisoners is a delicate one. In the 1960s North Korea sent several "
            "hundred pilots to Vietnam. The most recent exchange saw 150 prisoners returned by "
            "each side.")
    assert [(r[1], r[2] or r[3]) for r in _facts(text)] == [
        ("captured", 2), ("captured", 3), ("deployed", 3000), ("deployed", 11000),
        ("deployed", 1500), ("deployed", 10000)]


def test_ratios_in_words_platoon_losses_and_subsets():
    text = ("North Korean troops fight in Kursk. Something like two in five of the soldiers sent "
            "were killed or wounded. The platoon has lost four men since November, two of them "
            "to a North Korean sniper. The NIS said roughly 11,000 North Korean troops were "
            "deployed in Russia, some of them attached to Russian airborne units.")
    assert [(r[1], r[2]) for r in _facts(text)] == [("deployed", 11000)]


def test_returned_troops_speakers_counted_as_one_and_deleted_posts():
    text = ("North Korean troops fight in Kursk. The NIS said roughly 600 North Korean soldiers "
            "had died. Most of the others were wounded, and some of them had already been sent "
            "back to the front. \"They keep coming regardless of losses,\" one special forces "
            "officer said. The centre posted that 10,000 North Korean soldiers had been killed, "
            "then deleted the post within hours.")
    assert [(r[1], r[2]) for r in _facts(text)] == [("killed", 600)]


def test_bare_defence_intelligence_follows_the_article():
    british = ("North Korean troops fight in Kursk. Britain's Ministry of Defence published its "
               "update. According to Defence Intelligence, around 11,000 North Korean soldiers "
               "were deployed to Kursk.")
    assert _facts(british)[0][0] == "UK Ministry of Defence"
    ukrainian = ("North Korean troops fight in Kursk, Ukraine's Defence Intelligence (HUR) says. "
                 "British officials agree. According to Defence Intelligence, around 11,000 North "
                 "Korean soldiers were deployed to Kursk.")
    assert _facts(ukrainian)[0][0] == "Ukraine's Defence Intelligence (HUR)"


def test_own_readings_appositive_bodies_and_described_bodies():
    text = ("North Korean troops fight in Kursk. \"Nobody agrees,\" said Helen Marsh, a research "
            "fellow at the Royal United Services Institute in London. Her own reading of the "
            "evidence is that total North Korean casualties are \"somewhere between 5,000 and "
            "6,000\", with deaths making up a minority of that total. The NIS told lawmakers that "
            "about 2,000 had died; and the Institute for the Study of War, a Washington-based "
            "think tank, wrote that North Korean casualties had probably topped 5,000.")
    assert [r[:3] for r in _facts(text)] == [
        ("Royal United Services Institute", "casualties", 5000),
        ("South Korea's National Intelligence Service (NIS)", "killed", 2000),
        ("Institute for the Study of War", "casualties", 5000)]


def test_loose_credits_quoted_sources_and_surnames_of_registered_people():
    text = ("North Korean troops fight in Kursk. Seoul's spies reckon that roughly eleven "
            "thousand North Korean soldiers have been shipped to Russia. Officials in Kyiv paint "
            "a grimmer picture. They say more than four thousand have been killed or wounded. "
            "Ukraine's special forces claimed to have wiped out two dozen North Korean soldiers. "
            "\"Around 600 North Korean soldiers were killed,\" Lee quoted the NIS as saying. "
            "Andriy Yusov, a spokesman for Ukraine's Defence Intelligence (HUR), spoke on "
            "television. Yusov said Pyongyang had sent about 12,000 soldiers in total.")
    nis = "South Korea's National Intelligence Service (NIS)"
    hur = "Ukraine's Defence Intelligence (HUR)"
    assert [r[:3] for r in _facts(text)] == [
        (nis, "deployed", 11000), ("Anonymous Ukrainian official(s)", "killed_or_wounded", 4000),
        ("Ukrainian Special Operations Forces", "killed", 24), (nis, "killed", 600),
        (hur, "deployed", 12000)]


def test_columnists_spokesmen_of_a_named_body_and_the_figure_put_higher():
    text = ("Opinion: how many have died?\n\nBy Mireille Sandqvist\n\n"
            "North Korean troops fight in Kursk. The NIS says about 11,000 soldiers were sent.\n\n"
            "Volodymyr Zelensky has put the figure slightly higher, at between 11,000 and 12,000. "
            "South Korea's Joint Chiefs of Staff offered a partial confirmation. A spokesman told "
            "reporters that at least 3,000 additional troops had been sent to Russia. John Kirby, "
            "speaking from the White House podium, would say only that North Korean troops had "
            "suffered hundreds of killed and wounded. Russia has lost more than 700,000 soldiers, "
            "and its daily losses often run into the hundreds. My estimate is that between 1,500 "
            "and 2,000 North Korean soldiers have been killed, closer to the British figure than "
            "to the American one.")
    assert [r[:3] for r in _facts(text)] == [
        ("South Korea's National Intelligence Service (NIS)", "deployed", 11000),
        ("Volodymyr Zelensky", "deployed", 11000),
        ("South Korea's Joint Chiefs of Staff", "deployed", 3000),
        ("John Kirby", "killed_or_wounded", None),
        ("Mireille Sandqvist", "killed", 1500)]


def test_factbox_roles_corrections_and_average_losses():
    text = ("North Korean troops fight in Kursk. Key figures:\n\n"
            "* John Kirby, White House national security spokesman: more than 1,000 killed or "
            "wounded in a single week of fighting (Dec. 27, 2024)\n\n"
            "Ukraine's Defence Intelligence said 1,200 North Korean soldiers had been wounded. "
            "Mr Healey said Russian forces were losing on average more than 1,500 men a day, "
            "killed or wounded.\n\n"
            "Correction (Feb. 11): This article misstated a figure. Ukraine's Defence "
            "Intelligence put it at about 2,100, not 1,200.")
    assert [r[:3] for r in _facts(text)] == [
        ("John Kirby", "killed_or_wounded", 1000),
        ("Ukraine's Defence Intelligence (HUR)", "wounded", 2100)]  # restated by the note


def test_text_tables_and_interview_answers():
    table = ("North Korean troops fight in Kursk. The estimates:\n\n"
             "| Source | Date | Measure | Estimate |\n|---|---|---|---|\n"
             "| South Korea's NIS | 13 Jan 2025 | Killed | about 300 |\n"
             "| Pentagon | 28 Oct 2024 | Troops deployed | about 10,000 |\n")
    rows = _claims(table)
    assert [(r.claimant, r.metric, r.value_low, str(r.said_on)) for r in rows] == [
        ("South Korea's National Intelligence Service (NIS)", "killed", 300, "2025-01-13"),
        ("Pentagon (US Department of Defense)", "deployed", 10000, "2024-10-28")]
    interview = ("North Korean troops fight in Kursk.\n\nKang Chol-min served for eleven years "
                 "in the Korean People's Army.\n\nQ: Do you trust the numbers?\n\n"
                 "A: The NIS said about 600 North Korean soldiers had died. They are careful "
                 "numbers. My own estimate is that at least 2,000 have died.")
    assert [r[:3] for r in _facts(interview)] == [
        ("South Korea's National Intelligence Service (NIS)", "killed", 600),
        ("Kang Chol-min", "killed", 2000)]


def test_quoted_channels_report_authors_their_clips_and_conditionals():
    text = ("North Korean troops fight in Kursk. A graphic posted by the Telegram channel "
            "\"Frontline Truth\" asserts that 40,000 North Korean soldiers have been killed. "
            "The CSIS paper is out. Of those, the authors write, more than 1,000 North Korean "
            "soldiers have died. Then the SSO put out their own clip: they say they killed 50 "
            "North Koreans. If casualties continue, they write, Pyongyang could send several "
            "thousand additional troops. The NIS has long estimated the North Korean contingent "
            "at about 11,000 soldiers, some of them repeatedly wounded.")
    assert [r[:3] for r in _facts(text)] == [
        ("Frontline Truth", "killed", 40000),
        ("Center for Strategic and International Studies", "killed", 1000),
        ("Ukrainian Special Operations Forces", "killed", 50),
        ("South Korea's National Intelligence Service (NIS)", "deployed", 11000)]


def test_people_named_before_he_or_she_and_described_bodies():
    text = ("Episode 84: Counting North Korean soldiers in Kursk\n\n"
            "The host is joined by Kaarel Veski, a former Estonian intelligence officer, and "
            "Ji-yeon Hwang, a Seoul-based researcher. Veski finds the figure plausible. In his "
            "reading, he estimates that between 12,000 and 14,000 North Korean troops are now in "
            "Russia. Hwang is more cautious. Her own view is that the force may have suffered as "
            "many as 5,000 casualties. In Germany, the defence minister Boris Pistorius visited "
            "a unit. \"More than 10,000 North Korean soldiers are stationed in Russia,\" he said. "
            "North Korea Freedom Link, a Seoul-based network of defectors that keeps contact with "
            "the border, said it had confirmed at least 47 North Korean soldiers killed. Analysts "
            "reviewed more than 40 images of the port.")
    assert [r[:3] for r in _facts(text)] == [
        ("Kaarel Veski", "deployed", 12000), ("Ji-yeon Hwang", "casualties", None),
        ("Boris Pistorius", "deployed", 10000), ("North Korea Freedom Link", "killed", 47)]


def test_relays_spokeswomen_by_surname_and_inverted_one():
    text = ("North Korean troops fight in Kursk. North Korean troops killed 21, Ukraine's "
            "Ministry of Defence said, relaying a combat report from the Special Operations "
            "Forces. North Korean troops have suffered more than 1,000 casualties, Yoon Seo-yeon, "
            "a spokeswoman for South Korea's Ministry of National Defense, said. Yoon told the "
            "briefing that at least 100 North Korean soldiers had been killed. \"No list,\" said "
            "one retired general. The ministry confirmed that two North Korean soldiers remain in "
            "Ukrainian captivity. Citing his country's National Intelligence Service, Hwang said "
            "roughly 11,000 North Korean troops were in Russia. According to South Korea's "
            "Yonhap News Agency, which cited a lawmaker briefed by the National Intelligence "
            "Service, roughly 300 North Korean soldiers have been killed.")
    mnd, nis = "South Korea's Ministry of National Defense", \
        "South Korea's National Intelligence Service (NIS)"
    assert [r[:3] for r in _facts(text)] == [
        ("Ukrainian Special Operations Forces", "killed", 21), (mnd, "casualties", 1000),
        (mnd, "killed", 100), (mnd, "captured", 2), (nis, "deployed", 11000),
        (nis, "killed", 300)]


def test_research_bodies_written_answers_hospitals_and_lawmakers_relaying():
    text = ("North Korean troops fight in Kursk. The research comes from the Tallinn Centre for "
            "Conflict Data, a small group that builds casualty databases: drone footage. Working "
            "from those sources, the researchers estimate that between 5,000 and 6,500 North "
            "Korean soldiers were killed or wounded. Britain's government answered. \"Defence "
            "Intelligence assesses that approximately 11,000 personnel from the Democratic "
            "People's Republic of Korea were deployed to the Kursk region.\" HUR said at least "
            "1,200 wounded North Korean soldiers had passed through hospitals in Kursk. The "
            "hospital has about 900 beds. Some of the lightly wounded have been returned to the "
            "front. The NIS briefed parliament. Around 600 North Korean soldiers had died, "
            "according to lawmakers who attended.")
    assert [r[:3] for r in _facts(text)] == [
        ("Tallinn Centre for Conflict Data", "killed_or_wounded", 5000),
        ("UK Ministry of Defence", "deployed", 11000),
        ("Ukraine's Defence Intelligence (HUR)", "wounded", 1200),
        ("South Korea's National Intelligence Service (NIS)", "killed", 600)]


def test_registered_bodies_with_long_descriptions_and_ages():
    text = ("North Korean troops fight in Kursk. The Institute for the Study of War, a "
            "Washington research group that tracks the conflict daily, said that at least 200 "
            "North Korean soldiers had been killed. Sgt Mykola Hrytsenko, 34, who has fought in "
            "Kursk since August, said his company had killed dozens of North Korean soldiers.")
    assert [r[:3] for r in _facts(text)] == [
        ("Institute for the Study of War", "killed", 200), ("Mykola Hrytsenko", "killed", None)]


def test_participles_after_titles_it_after_a_body_and_owned_views():
    text = ("North Korean troops fight in Kursk. Secretary of State Antony Blinken went further on "
            "Oct. 31, saying that about 8,000 North Korean troops had been moved to Kursk. South "
            "Korea's spy agency offered a count: on Jan. 13, it told lawmakers that some 300 "
            "North Korean soldiers had died. \"The agency's view is that approximately 2,000 have "
            "died,\" Lee said. Park said the spy agency put the North Korean death toll at "
            "roughly 2,000. In Tokyo, Defense Minister Gen Nakatani said that the ministry's own "
            "analysis put the number of North Korean soldiers in Russia at more than 10,000.")
    nis = "South Korea's National Intelligence Service (NIS)"
    assert [r[:3] for r in _facts(text)] == [
        ("Antony Blinken", "deployed", 8000), (nis, "killed", 300), (nis, "killed", 2000),
        (nis, "killed", 2000), ("Japanese defence ministry", "deployed", 10000)]


def test_fatal_shares_figures_that_include_others_contingents_and_moving_west():
    text = ("North Korean troops fight in Kursk. North Korean troops have suffered some 4,700 "
            "casualties, about 600 of them fatal, the NIS told lawmakers. According to Lee, the "
            "NIS estimated that North Korea has dispatched around 18,000 troops. That figure "
            "includes some 3,000 reinforcements who were sent in January. The Pentagon said "
            "roughly 10,000 North Korean troops had been sent to Russia, and that about 8,000 of "
            "them had since moved west into Kursk. South Korea's Ministry of National Defense "
            "said the size of the North Korean "
            "contingent in Russia was still estimated at about 11,000. Ukraine has brought home "
            "more than 3,900 of its own service members in prisoner exchanges.")
    nis = "South Korea's National Intelligence Service (NIS)"
    pentagon = "Pentagon (US Department of Defense)"
    assert [r[:3] for r in _facts(text)] == [
        (nis, "casualties", 4700), (nis, "killed", 600), (nis, "deployed", 18000),
        (nis, "deployed", 3000), (pentagon, "deployed", 10000), (pentagon, "deployed", 8000),
        ("South Korea's Ministry of National Defense", "deployed", 11000)]


def test_climbing_past_contingents_in_an_area_and_citing_the_agency():
    text = ("White House: North Korean casualties in Kursk climb past 1,000\n\n"
            "Zelensky has previously put the overall North Korean contingent in the Kursk area at "
            "some 11,000 troops. The NIS briefed lawmakers. Rep. Choi Dong-hyun said the spy "
            "agency put the number of North Korean soldiers killed at around 300. Some 2,700 more "
            "had been "
            "wounded, he said, citing the agency.")
    nis = "South Korea's National Intelligence Service (NIS)"
    rows = _claims(text)
    assert (rows[0].claimant, rows[0].qualifier, rows[0].value_low) == (
        "White House", "more_than", 1000)
    assert [(r.claimant, r.metric, r.value_low) for r in rows[1:]] == [
        ("Volodymyr Zelensky", "deployed", 11000), (nis, "killed", 300), (nis, "wounded", 2700)]


def test_titles_before_names_stood_by_and_moved_by_ship():
    text = ("North Korean troops fight in Kursk. German Defence Minister Boris Pistorius, "
            "addressing a conference in Hamburg, said that around 11,000 North Korean soldiers "
            "were still deployed in Russia. The NIS stood by its earlier assessment that about "
            "11,000 North Korean soldiers were sent to Russia. South Korea's National "
            "Intelligence Service said about 1,500 North Korean special forces troops had "
            "already been moved by Russian navy ships to Vladivostok. White House press "
            "secretary Karine Jean-Pierre said more than 10,000 North Korean troops were in "
            "Russia.")
    nis = "South Korea's National Intelligence Service (NIS)"
    assert [r[:3] for r in _facts(text)] == [
        ("Boris Pistorius", "deployed", 11000), (nis, "deployed", 11000), (nis, "deployed", 1500),
        ("White House", "deployed", 10000)]


def test_review_mends_notes_ages_numbers_of_and_figure_leads():
    note = ("North Korean troops fight in Kursk. HUR said 1,200 North Korean soldiers had been "
            "wounded. Yusov said 1,200 North Korean soldiers were wounded.\n\n"
            "Correction: HUR put the figure at about 2,100, not 1,200.   \r\n")
    rows = _claims(note)
    restated = [r for r in rows if r.value_low == 2100]
    assert len(restated) == 1 and not [r for r in rows if r.value_low == 1200]
    assert all(note[r.char_start : r.char_end] == r.quote == r.quote.strip() for r in rows)
    text = ("North Korean troops fight in Kursk. In December, 3,000, mostly wounded, were "
            "reported by the NIS. The NIS said about 11,000 North Korean troops had been "
            "deployed.\n\nAt a rally in Pyongyang, the number of North Korean spectators was put "
            "at about 20,000 by state media. Zelensky said 11,000 North Korean troops had been "
            "sent. That figure includes some 3,000 reinforcements.")
    rows = _claims(text)
    assert [(r.claimant, r.metric, r.value_low) for r in rows] == [
        ("South Korea's National Intelligence Service (NIS)", "wounded", 3000),
        ("South Korea's National Intelligence Service (NIS)", "deployed", 11000),
        ("Volodymyr Zelensky", "deployed", 11000), ("Volodymyr Zelensky", "deployed", 3000)]


def test_unaccounted_for_and_said_one_soldier():
    text = ("North Korean troops fight in Kursk. The JCS added that several hundred North Korean "
            "soldiers remain unaccounted for. The SBU said one North Korean soldier had been "
            "taken prisoner. \"No list,\" said one retired general.")
    assert [r[1:3] for r in _facts(text)] == [("missing", None), ("captured", 1)]


def test_losses_in_a_place_at_and_the_count_after_the_figure():
    text = ("JCS puts North Korean casualties in Russia at nearly 4,000\n\n"
            "In February, the NIS put North Korean losses at 300 dead and 2,700 wounded. The JCS "
            "said around 4,700 North Korean soldiers had been killed or wounded, roughly 600 of "
            "them fatally. Zelensky put North Korean losses in Kursk at more than 3,000 killed "
            "and wounded. The commander said more than 200 of them were killed or wounded.")
    assert [(r[1], r[2]) for r in _facts(text)] == [
        ("casualties", 4000), ("killed", 300), ("wounded", 2700), ("killed_or_wounded", 4700),
        ("killed", 600), ("killed_or_wounded", 3000), ("killed_or_wounded", 200)]


def test_war_dead_training_ranges_deminers_warnings_and_suicides_after_injuries():
    text = ("North Korean troops fight in Kursk. Rep. Park said the agency put the number of "
            "North Korean war dead at some 2,000. HUR said approximately 12,000 North Korean "
            "servicemen are undergoing training at ranges in Russia's Far East. The NIS said "
            "1,000 North Korean deminers had reached the border region. Budanov said North "
            "Korea's losses exceeded 6,000 and warned that the real toll could be higher. A group "
            "alleged that at least 30 North Korean soldiers who returned home with serious "
            "injuries had taken their own lives.")
    assert [(r[1], r[2]) for r in _facts(text)] == [
        ("killed", 2000), ("deployed", 12000), ("deployed", 1000), ("casualties", 6000),
        ("suicides", 30)]


def test_unlabelled_interview_answers_are_the_guests():
    text = ("A commander on the North Koreans in Kursk\n\n"
            "Colonel Taras Hlynenko commands an assault brigade in Kursk. He spoke to us by "
            "phone.\n\nWhen did you first meet North Korean troops?\n\n"
            "In December. By our count, roughly 1,500 of them were deployed against our sector."
            "\n\nHave you taken prisoners?\n\nYes. My brigade has captured three North Korean "
            "soldiers so far. I would say for every one of my men who is wounded, they lose "
            "something like ten. The Russians lose too: we destroyed two of their armoured "
            "columns.")
    assert _facts(text) == [("Taras Hlynenko", "deployed", 1500, 1500),
                            ("Taras Hlynenko", "captured", 3, 3)]


def test_a_claim_by_a_body_and_a_centres_analysts_and_the_assessment_said():
    text = ("North Korean troops fight in Kursk. The institute also highlighted a claim by "
            "Ukraine's General Staff that more than 30 North Korean soldiers had been killed. At "
            "the Center for Strategic and International Studies, analysts wrote that as many as "
            "1,000 North Korean troops had likely been killed. UK Defence Intelligence put "
            "North Korean casualties at about 4,000. Of those, more than 1,000 are thought to "
            "have been killed, the assessment said.")
    assert [r[0] for r in _facts(text)] == [
        "Ukraine's General Staff", "Center for Strategic and International Studies",
        "UK Ministry of Defence", "UK Ministry of Defence"]


def test_a_figure_offered_by_a_president_and_a_breakdown_given_on_a_lead_date():
    text = ("North Korean troops fight in Kursk.\n\nThe tally is narrower than a figure offered "
            "by Ukrainian President Volodymyr Zelensky, who said that more than 3,000 North "
            "Korean soldiers had been killed and wounded.\n\nTwo days later, on 13 January, the "
            "NIS gave lawmakers in Seoul its own breakdown: roughly 300 North Korean soldiers "
            "killed and about 2,700 wounded.")
    rows = _claims(text, published=date(2025, 2, 10))
    assert [(r.claimant, r.value_low) for r in rows] == [
        ("Volodymyr Zelensky", 3000),
        ("South Korea's National Intelligence Service (NIS)", 300),
        ("South Korea's National Intelligence Service (NIS)", 2700)]
    assert rows[1].said_on == date(2025, 1, 13)


def test_date_before_the_source_only_after_an_opening_phrase():
    text = ("North Korean troops fight in Kursk. Ukraine holds two North Korean prisoners of war "
            "captured in January, the SBU said. In an intelligence update on Saturday, the UK "
            "Ministry of Defence said about 4,700 North Korean soldiers had been killed or "
            "wounded.")
    rows = _claims(text, published=date(2025, 4, 28))
    assert [r.said_on for r in rows] == [date(2025, 4, 28), date(2025, 4, 26)]


def test_citing_another_body_and_history_carried_on_and_one_of_kyivs_estimates():
    text = ("North Korean troops fight in Kursk. Citing an earlier assessment by military "
            "intelligence (HUR), the General Staff put the number of North Korean troops in the "
            "region at about 11,000. The case recalls the 1950-53 Korean War. In the end, more "
            "than 20,000 captured Chinese and North Korean soldiers refused to go home. More "
            "than 3,000 North Korean soldiers have been killed or wounded, Zelensky said, "
            "offering one of Kyiv's most detailed estimates yet.")
    assert _facts(text) == [
        ("Ukraine's Defence Intelligence (HUR)", "deployed", 11000, 11000),
        ("Volodymyr Zelensky", "killed_or_wounded", 3000, None)]


def test_a_first_wave_and_a_network_speaking_after_its_quote():
    text = ("North Korean troops fight in Kursk. Mirae Song, an analyst, said: \"The first wave "
            "was roughly 12,000 men.\" The Free Korea Defectors' Network, a Seoul-based group of "
            "former soldiers, keeps in touch with families. \"We believe around 600 soldiers "
            "have died,\" the network said.")
    assert _facts(text) == [("Mirae Song", "deployed", 12000, 12000),
                            ("Free Korea Defectors' Network", "killed", 600, 600)]


def test_a_sentence_initial_role_is_not_part_of_the_name():
    assert _facts("Analyst Mirae Song said 300 North Korean soldiers were killed.") == [
        ("Mirae Song", "killed", 300, 300)]


def test_a_korean_named_kim_is_a_person_not_the_leader():
    text = ("North Korean troops fight in Kursk. Professor Kim Dong-yup said 300 North Korean "
            "soldiers were killed. Kim Jong Un said 200 North Korean soldiers had been killed.")
    assert [r[0] for r in _facts(text)] == ["Kim Dong-yup", "Kim Jong Un"]


def test_a_ministry_of_defence_source_in_a_british_paper_and_the_size_put_at():
    text = ("North Korean troops fight in Kursk, UK officials say. A senior Ministry of Defence "
            "source said well over 4,000 North Korean soldiers had been killed or wounded. "
            "Zelensky spoke on Monday. The president has repeatedly put the size of the North "
            "Korean contingent at about 12,000 troops.")
    assert [r[0] for r in _facts(text)] == ["UK Ministry of Defence", "Volodymyr Zelensky"]


def test_one_soldier_in_a_video_and_an_additional_batch_and_of_those():
    text = ("North Korean troops fight in Kursk. The SBU released a video in which a young North "
            "Korean soldier, captured in Kursk, answers questions. The NIS said about 11,000 "
            "North Korean troops had been sent to Russia, and that an additional 1,500 or so "
            "appear to have been dispatched in January. \"More than 10,000 North Korean soldiers "
            "have been sent to Russia,\" Matthew Miller said. \"Of those, we believe roughly "
            "8,000 have moved into the Kursk region.\"")
    assert [(r[1], r[2]) for r in _facts(text)] == [
        ("deployed", 11000), ("deployed", 1500), ("deployed", 10000), ("deployed", 8000)]


def test_the_figure_two_sentences_after_the_count_it_restates():
    text = ("North Korean troops fight in Kursk.\n\nThe NIS said about 11,000 North Korean "
            "soldiers are in Russia.\n\nWashington's numbers are close. The Pentagon has put the "
            "figure at between 11,000 and 12,000.")
    assert _facts(text)[1] == ("Pentagon (US Department of Defense)", "deployed", 11000, 12000)


def test_a_columnists_byline_with_her_role_and_its_estimate_stood_at():
    text = ("[Column] The grim ledger\n\nBy Yoon Seo-yeon, senior defence columnist\n\n"
            "The NIS told lawmakers that some 4,700 North Korean soldiers had become casualties. "
            "At the same briefing, it restated its assessment that North Korea had dispatched "
            "about 11,000 troops. In January its estimate stood at 300 dead. My own estimate is "
            "6,000 to 7,000 North Korean soldiers killed or wounded.")
    nis = "South Korea's National Intelligence Service (NIS)"
    assert [r[0] for r in _facts(text)] == [nis, nis, nis, "Yoon Seo-yeon"]


def test_an_interviewees_my_estimate_inside_a_quote_is_not_the_reporters():
    text = ("North Korean troops fight in Kursk\n\nBy Jonas Vaitkus, Sumy region\n\nCommander "
            "Andriy Savchuk leads a company near Sudzha.\n\n\"It is hard to say. My estimate is "
            "up to 200 North Koreans were wounded in front of our positions,\" Savchuk said.")
    assert [r[0] for r in _facts(text)] == ["Andriy Savchuk"]


def test_a_named_drone_battalion_and_vehicles_and_a_headline_figure_at_line_end():
    text = ("NIS puts North Korean casualties in Russia at about 3,800\n\nSpy agency tells "
            "lawmakers Pyongyang has topped up its force\n\nThe Black Heron drone battalion said "
            "its operators had killed about 50 North Korean soldiers. It also claimed to have "
            "destroyed two BMP-2 infantry fighting vehicles.")
    assert [(r[0], r[2]) for r in _facts(text)] == [
        ("South Korea's National Intelligence Service (NIS)", 3800),
        ("Black Heron drone battalion", 50)]


def test_a_fresh_batch_the_summary_far_off_dozens_rotations_and_a_nato_official():
    text = ("North Korean troops fight in Kursk. Syrskyi said Pyongyang has topped up its "
            "contingent with a fresh batch of about 3,000 soldiers, partly to replace those "
            "losses. The General Staff reported 27 Russian assaults. North Korean losses over "
            "that period amounted to 38 killed and wounded, the summary said. The Free Korea "
            "Network, a group of defectors, said dozens of soldiers from Musan County in North "
            "Hamgyong Province alone had been killed. Han Tae-sung said at least 14,000 North "
            "Korean men have been sent in two rotations. A NATO official, briefing journalists "
            "in Brussels, gave a breakdown. The official said 3,000 North Korean soldiers had "
            "arrived in Kursk.")
    assert [r[:3] for r in _facts(text)] == [
        ("Oleksandr Syrskyi", "deployed", 3000),
        ("Ukraine's General Staff", "killed_or_wounded", 38),
        ("Free Korea Network", "killed", None),
        ("Han Tae-sung", "deployed", 14000),
        ("NATO", "deployed", 3000)]


def test_second_day_of_a_date_pair_a_possessive_is_no_he_and_a_cue_at_the_window_edge():
    text = ("North Korean troops fight in Kursk. HUR said at least 30 North Korean soldiers had "
            "been killed or wounded during assaults on December 14 and 15. President Volodymyr "
            "Zelensky has given a higher figure. Writing on Telegram, the same day as Yusov's "
            "appearance, he said the number of North Korean troops killed and wounded had "
            "exceeded 3,000. According to the spokesman, between 11,000 and 12,000 North Korean "
            "military personnel are currently on Russian territory.")
    assert [r[:3] for r in _facts(text)] == [
        ("Ukraine's Defence Intelligence (HUR)", "killed_or_wounded", 30),
        ("Volodymyr Zelensky", "killed_or_wounded", 3000),
        ("Volodymyr Zelensky", "deployed", 11000)]


def test_a_fellow_at_a_registered_body_and_a_lawmaker_relaying_its_put_at():
    text = ("North Korean troops fight in Kursk. Marcus Hale, a senior fellow in the Korea "
            "program at the Center for Strategic and International Studies, has tracked the "
            "deployment. He estimates that at least 1,000 North Koreans have died. Rep. Lee "
            "Seong-kweun of "
            "the ruling People Power Party, one of the committee's two secretaries, told "
            "reporters that the spy agency put total North Korean casualties, including the "
            "dead, at roughly 4,700.")
    assert [(r[0], r[2]) for r in _facts(text)] == [
        ("Center for Strategic and International Studies", 1000),
        ("South Korea's National Intelligence Service (NIS)", 4700)]


def test_unnamed_officials_introduced_before_they_speak_and_one_cited_by_a_think_tank():
    text = ("North Korean troops fight in Kursk. A South Korean official familiar with "
            "intelligence briefings went further. The official said the North had sent more "
            "than 11,000 soldiers. ISW also pointed to comments by a senior US official who told "
            "reporters that North Korean forces had suffered killed and wounded \"in the "
            "hundreds\". A U.S. official familiar with the latest intelligence, who was not "
            "authorized to speak publicly, told us that at least 200 of the North Koreans had "
            "been killed. The SSO said its teams destroyed two armoured personnel carriers.")
    assert [(r[0], r[1]) for r in _facts(text)] == [
        ("Anonymous South Korean official(s)", "deployed"),
        ("Anonymous US official(s)", "killed_or_wounded"),
        ("Anonymous US official(s)", "killed")]


def test_a_titled_official_in_the_standfirst_speaks_for_the_body_in_the_interview():
    text = ("Interview: the Alliance on North Korea's soldiers\n\nNATO Deputy Secretary General "
            "Radmila Shekerinska on North Korea's soldiers in Russia.\n\nAre they fighting?\n\n"
            "Radmila Shekerinska: Yes.\n\nHow many are there?\n\nShekerinska: Our assessment "
            "is that more than 11,000 North Korean troops have been sent to Russia.")
    assert _facts(text) == [("NATO", "deployed", 11000, None)]


def test_describing_a_force_a_long_relative_clause_and_a_bare_brigade():
    text = ("Brigade commander says his fighters killed about 200 North Korean soldiers\n\n"
            "Colonel Taras Hrytsenko, who commands a Ukrainian assault brigade dug in along the "
            "edge of the Ukrainian-held pocket in Russia's Kursk region, said in a post that his "
            "troops had killed roughly 200 North Korean soldiers. On Oct. 23, John Kirby said at "
            "least 3,000 North Korean soldiers had arrived in Russia. By early November, Kirby "
            "was describing a force of about 10,000, much of it moving west.")
    assert [(r[0], r[2]) for r in _facts(text)][1:] == [
        ("Taras Hrytsenko", 200), ("John Kirby", 3000), ("John Kirby", 10000)]


def test_it_dispatched_and_some_of_those_killed():
    text = ("North Korean troops fight in Kursk. The agency said Pyongyang had sent between 1,000 "
            "and 3,000 additional troops, on top of the roughly 11,000 it dispatched last "
            "autumn. The NIS said the bodies of some of those killed had been cremated in "
            "Russia.")
    assert [(r[1], r[2]) for r in _facts(text)] == [("deployed", 1000), ("deployed", 11000)]


def test_questions_standing_alone_give_their_metric_to_the_answer_that_follows():
    text = ("A retired general on the North Koreans\n\nRetired Lt. Gen. Raymond Castellano spent "
            "34 years in the Army.\n\nHow many North Koreans have died?\n\nNobody really knows."
            "\n\nAnd the wounded?\n\nWell over 3,000, I'd say. That is a lot.\n\nHas Kim replaced "
            "them?\n\nYes. My read is that another 3,000 or so have been sent since January. The "
            "Russians are losing something like a thousand men a day across the whole front.")
    assert _facts(text) == [("Raymond Castellano", "wounded", 3000, None),
                            ("Raymond Castellano", "deployed", 3000, 3000)]


def test_this_wars_figure_before_a_historical_aside_and_n_korean_in_a_headline():
    text = ("JCS says over 10,000 N. Korean troops in Russia, some now in combat\n\n"
            "On Thursday the NIS repeated its estimate that roughly 11,000 North Korean soldiers "
            "arrived in Russia last autumn — the North's first involvement in a foreign war since "
            "it sent pilots to Vietnam in the 1960s. That original force, the JCS said, numbered "
            "some 11,000 troops.")
    assert [(r[1], r[2]) for r in _facts(text)] == [
        ("deployed", 10000), ("deployed", 11000), ("deployed", 11000)]


def test_one_of_the_two_said_according_to_his_post_and_cautioned():
    text = ("North Korean troops fight in Kursk. Two Defense Department officials said \"a few "
            "hundred\" North Korean troops had been killed or wounded. One of the two said the "
            "dead numbered at least 100. Syrskyi posted on Telegram. According to his post, "
            "about 350 more North Korean servicemen were wounded. A U.S. official cautioned that "
            "every number was rough, but said fewer than 1,000 North Koreans had been killed "
            "or wounded.")
    assert [(r[0], r[2], r[3]) for r in _facts(text)] == [
        ("Pentagon (US Department of Defense)", None, None),
        ("Pentagon (US Department of Defense)", 100, None),
        ("Oleksandr Syrskyi", 350, 350), ("Anonymous US official(s)", None, 1000)]


def test_subsets_of_a_force_and_speakers_counted_are_no_figures():
    text = ("North Korean troops fight in Kursk. Rutte said some of the North Korean units had "
            "already been moved toward the Kursk region. Western officials avoided numbers, "
            "though several have privately described the losses as heavy. \"A portion of these "
            "forces, roughly 3,000, have already moved west toward the Kursk area,\" the NATO "
            "spokesperson said. Blinken said roughly 8,000 of them had reached the Kursk area.")
    assert [(r[0], r[2]) for r in _facts(text)] == [("NATO", 3000), ("Antony Blinken", 8000)]


def test_one_taken_prisoner_after_added_that_and_another_armys_losses_put_at():
    text = ("North Korean troops fight in Kursk. The SSO added that one North Korean serviceman "
            "had been taken prisoner. Russian paratroopers fighting alongside the North Koreans "
            "also suffered losses, which the SSO put at 15 killed.")
    assert _facts(text) == [("Ukrainian Special Operations Forces", "captured", 1, 1)]


@pytest.mark.parametrize("text, expected", [
    # civilians are no deployment, even after "another" or "Of those"
    ("North Korea has deployed 11,000 troops to Russia, and another 3,000 laborers have been "
     "sent since January, the NIS said.", [11000]),
    ("North Korea has sent about 11,000 troops to Russia, the NIS said.\n\nOf those, roughly "
     "5,000 construction workers were sent to rebuild towns in Kursk, the NIS said.", [11000]),
    # a question in ordinary copy gives no metric to the next paragraph's numbers
    ("North Korea has sent about 11,000 troops to Russia, the NIS said.\n\nBut how many of them "
     "have been killed?\n\nTwo North Korean defectors interviewed in Seoul disagreed.", [11000]),
    ("Two North Korean soldiers were captured in Kursk on January 9, the SBU said.", [2]),
    ("Ukraine said a North Korean soldier, captured in Kursk on Saturday, has died of his "
     "wounds.", [1]),
    ("North Korea has deployed some 10,000 troops 50 kilometres from the Ukrainian border, the "
     "NIS said.", [10000]),
    ("Ukrainian drones struck a force of about 200 North Korean soldiers near Sudzha, Zelensky "
     "said.", []),
    ("The latest wave of assaults near Plekhovo involved about 500 North Korean soldiers, "
     "Zelensky said.", []),
    ("One of Pyongyang's soldiers was captured alive in Kursk, Zelensky said.", [1]),
])
def test_review_regressions_of_the_new_rules(text, expected):
    assert [r[2] for r in _facts("North Korean troops in Kursk\n\n" + text)] == expected


@pytest.mark.parametrize("text, claimant", [
    ("Why North Korea fights\n\nPark Ji-hoon, a defector, fled in 2019.\n\nWhy is Kim sending "
     "his soldiers?\n\nMoney.\n\nHow many have died?\n\nAt least 400 North Korean soldiers have "
     "been killed since December, according to our review of obituaries.", "X"),
    ("North Korean troops in Kursk\n\nAsked about the losses, former NATO Secretary General Jens "
     "Stoltenberg said about 3,000 North Korean soldiers had been killed.", "Jens Stoltenberg"),
    ("North Korean troops in Kursk\n\nThe briefing was held at NATO. Jens Stoltenberg said about "
     "3,000 North Korean soldiers had been killed.", "Jens Stoltenberg"),
    ("North Korean troops in Kursk\n\nBy New Year's Day, the first units had reached the front "
     "line.\n\nMy estimate is that 2,000 North Korean soldiers have been wounded.", "X"),
    ("North Korean troops in Kursk\n\nThe NIS briefed lawmakers on Tuesday.\n\nZelensky, posting "
     "the summary of his call with Trump, said 3,000 North Korean soldiers had been killed.",
     "Volodymyr Zelensky"),
    ("North Korean troops in Kursk\n\nKim Jong-dae, a defence analyst, said 3,000 North Korean "
     "soldiers had been killed.", "Kim Jong-dae"),
])
def test_review_regressions_of_the_new_sources(text, claimant):
    rows = extract(Article(text=text, outlet="X", published=PUB)).claims
    assert [r.claimant for r in rows] == [claimant]


@pytest.mark.parametrize("text, expected", [
    # individuals and non-people after a figure
    ("The NIS said one prisoner is a 26-year-old rifleman, while the other is 20.", []),
    ("It added that notes found on the body of one soldier suggested troops had been told to "
     "take their own lives.", []),
    ("Kovalchuk said: \"I personally know of at least five cases in our area where a North "
     "Korean soldier blew himself up with a grenade. One of my sergeants was wounded that "
     "way.\"", [("suicides", 5)]),
    ("Peskov said the cooperation was a sovereign matter for two sovereign states.", []),
    ("Dozens of the dead came from a handful of counties, the NIS said.", [("killed", None)]),
    ("He said the department drew the estimate from several streams of intelligence.", []),
    # captured alive; troops still in Russia; other armies' losses
    ("Zelensky said Ukrainian troops had taken two North Korean soldiers alive.",
     [("captured", 2)]),
    ("HUR says 12,000 North Korean troops still in Russia despite heavy losses",
     [("deployed", 12000)]),
    ("The official said Russian forces had been losing well over 1,000 men killed and wounded "
     "a day.", []),
    ("North Korea is believed to have lost several hundred thousand soldiers in that conflict, "
     "historians say.", []),
])
def test_individuals_non_people_and_other_armies_are_no_figures(text, expected):
    rows = _facts("North Korean troops fight in Kursk. " + text)
    assert [(r[1], r[2]) for r in rows] == expected


def test_sources_who_attended_and_an_official_briefing_journalists():
    text = ("North Korean troops fight in Kursk. Syrskyi told a closed-door briefing that about "
            "1,000 North Koreans had been killed. According to two people who attended, he "
            "offered no figure for the wounded. A senior NATO official, briefing journalists on "
            "condition of anonymity, said the alliance had seen \"several hundred casualties\".")
    assert [(r[0], r[2]) for r in _facts(text)] == [("Oleksandr Syrskyi", 1000), ("NATO", None)]


def test_a_dash_dialogue_interview_with_a_registered_guest():
    text = ("Andriy Yusov on the North Koreans\n\nAndriy Yusov, the representative of HUR, sat "
            "down with Dnipro Line in Kyiv.\n\n— How badly have the North Korean units been "
            "hurt?\n\n— Our current estimate is that around 4,000 North Korean servicemen have "
            "been killed or wounded.\n\n— Has Pyongyang sent more?\n\n— There was a pause, yes. "
            "And Pyongyang has sent between 1,000 and 1,500 additional soldiers since January.")
    rows = extract(Article(text=text, outlet="Dnipro Line", published=PUB)).claims
    assert [(r.claimant, r.metric) for r in rows] == [
        ("Ukraine's Defence Intelligence (HUR)", "killed_or_wounded"),
        ("Ukraine's Defence Intelligence (HUR)", "deployed")]


def test_body_names_without_a_weekday_or_a_base_and_a_tabloid_headline_is_no_label():
    text = ("KIM'S CANNON FODDER: Nearly 1,000 North Korean troops killed in Kursk\n\n"
            "Ukraine's 95th Separate Air Assault Brigade on Monday said its drones had killed 21 "
            "North Korean soldiers. The Seoul-based Unification Witness Network, a group of "
            "defectors, said at least 12 North Korean soldiers had taken their own lives.")
    rows = extract(Article(text=text, outlet="The Daily Clarion", published=PUB)).claims
    assert [r.claimant for r in rows] == [
        "The Daily Clarion", "Ukraine's 95th Separate Air Assault Brigade",
        "Unification Witness Network"]


def test_no_break_spaces_match_as_spaces_and_quotes_keep_them():
    text = ("North Korean troops fight in Kursk. HUR said on Sunday that at least\u00a0200\u00a0"
            "North Korean soldiers had been killed or wounded.")
    rows = _claims(text)
    assert [(r.metric, r.value_low, r.qualifier) for r in rows] == [
        ("killed_or_wounded", 200, "at_least")]
    assert rows[0].quote == text[rows[0].char_start : rows[0].char_end]
    assert rows[0].value_text == "at least\u00a0200"
