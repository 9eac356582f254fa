// What the audience reads: short localised citations instead of addresses, no narration of figures our
// copy of the exhibition text lost, a region total only when every unit has a figure, and an English
// interface without Swedish words beyond proper names.
#include "bundled_dataset.hpp"
#include "content/citation.hpp"
#include "content/story.hpp"
#include "content/story_text.hpp"
#include "render/imgui_sfml.hpp"
#include "ui/ui_panels.hpp"

#include <SFML/System/Utf.hpp>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

using app::Language;

namespace {

const app::Strings& strings(Language language) {
    static const app::Strings sv = fixtures::bundledStrings(Language::Swedish);
    static const app::Strings en = fixtures::bundledStrings(Language::English);
    return language == Language::English ? en : sv;
}

// Words the audience must never read: the lost-figure narration and raw addresses.
std::vector<std::string> forbiddenIn(const std::string& text) {
    std::vector<std::string> found;
    for (const char* word : {"fallit bort", "been lost", "transcri", "http", "www.", "://", "visas inte",
                             "is not shown", "inte längre"})
        if (text.find(word) != std::string::npos) found.push_back(std::string(word) + " in \"" + text + "\"");
    return found;
}

std::string joined(const std::vector<std::string>& list) {
    std::string out;
    for (const std::string& item : list) out += item + "\n";
    return out;
}

} // namespace

TEST(Citation, SplitsSourceListsAndCutsAddressesToHosts) {
    EXPECT_EQ(app::sourceParts(" A |  | https://x.se/a | B "),
              (std::vector<std::string>{"A", "https://x.se/a", "B"}));
    EXPECT_EQ(app::hostOf("https://www.example.org./a/b?c=1"), "example.org");
    EXPECT_EQ(app::hostOf("Riksarkivet, Historiska GIS-kartor"), "");
    const app::Strings& sv = strings(Language::Swedish);
    EXPECT_EQ(app::citeOne("https://www.example.org/a/b", sv), "example.org");
    EXPECT_EQ(app::citeOne("Some archive, table 3", sv), "Some archive, table 3");
    EXPECT_EQ(app::citeOne("Data from https://example.org/x/y (2019)", sv), "Data from example.org (2019)");
}

TEST(Citation, KnownSourcesAreNamedInTheChosenLanguage) {
    const std::string sources = "Bildarkivet. Kommunernas samarbete på Södertörn | "
                                "https://sv.wikipedia.org/wiki/S%C3%B6dert%C3%A4lje_kommun";
    EXPECT_EQ(app::shortCitation(sources, strings(Language::Swedish)), "Bildarkivet, Wikipedia");
    EXPECT_EQ(app::shortCitation(sources, strings(Language::English)), "Bildarkivet exhibition, Wikipedia");
    EXPECT_EQ(app::shortCitation("https://www.scb.se/hitta-statistik/x", strings(Language::Swedish)), "SCB");
    EXPECT_EQ(app::shortCitation("https://www.scb.se/hitta-statistik/x", strings(Language::English)),
              "Statistics Sweden");
    // The most specific needle wins: the archive's map series, not just the archive.
    EXPECT_EQ(
        app::shortCitation("Riksarkivet, Historiska GIS-kartor (boundary data)", strings(Language::English)),
        "Swedish National Archives, Historical GIS Maps");
    // The 1999 caption's copy of German Wikipedia is cited as Wikipedia, not by the mirror's host.
    EXPECT_EQ(app::shortCitation("https://de.wikiup.org/wiki/Nykvarn_(Gemeinde) | "
                                 "https://wiki.1209k.com/content/x/Nykvarn_Municipality | "
                                 "https://resepraktikan.se/sverige/stockholms-lan/sodertalje-kommun/",
                                 strings(Language::Swedish)),
              "Wikipedia, Resepraktikan");
}

TEST(Citation, RepeatsAreDroppedAndALongListIsCut) {
    const std::string four =
        "https://a.org/1 | https://a.org/2 | https://b.org | https://c.org | https://d.org";
    EXPECT_EQ(app::shortCitation(four, strings(Language::Swedish)), "a.org, b.org, c.org m.fl.");
    EXPECT_EQ(app::shortCitation(four, strings(Language::English)), "a.org, b.org, c.org and others");
    EXPECT_EQ(app::shortCitation(four, strings(Language::English), 0), "a.org, b.org, c.org, d.org");
    EXPECT_EQ(app::shortCitation("", strings(Language::English)), "");
}

TEST(Citation, TheDatasetAttributionIsWordedInTheChosenLanguage) {
    const std::string given = "Källa: Riksarkivet, Historiska GIS-kartor (CC0)";
    EXPECT_EQ(app::attributionText(given, strings(Language::Swedish)), given);
    EXPECT_EQ(app::attributionText(given, strings(Language::English)),
              "Source: Swedish National Archives, Historical GIS Maps (CC0)");
    // Another dataset's single string is shown as given, with its address cut to the host.
    EXPECT_EQ(app::attributionText("Boundaries by https://data.example.org/maps (CC-BY 4.0)",
                                   strings(Language::English)),
              "Source: Boundaries by data.example.org (CC-BY 4.0)");
    EXPECT_EQ(app::attributionText("Source: Lantmäteriet", strings(Language::Swedish)),
              "Källa: Lantmäteriet");
    EXPECT_EQ(app::attributionText("", strings(Language::Swedish)), "");
}

// Every source the bundled data names is a row of its sources.csv, so every panel cites it by that row's
// short text in the chosen language and About lists its full reference.
TEST(Citation, EverySourceOfTheBundledDataIsDefinedInSourcesCsv) {
    const app::Atlas& atlas = fixtures::bundledAtlas();
    const app::AboutSources sources = app::aboutSources(atlas);
    std::vector<std::string> all;
    for (const auto* list : {&sources.population, &sources.mergers, &sources.bodies, &sources.milestones})
        all.insert(all.end(), list->begin(), list->end());
    EXPECT_GT(all.size(), 50U);
    std::vector<std::string> undefined;
    for (const std::string& part : all)
        if (!atlas.sources.contains(part)) undefined.push_back(part);
    EXPECT_TRUE(undefined.empty()) << joined(undefined);
}

// About and the panels draw sources with the panels' font: a character outside its ranges shows as '?'
// (a Cyrillic page title did).
TEST(Citation, EveryCharacterOfTheBundledSourcesIsInThePanelsFont) {
    std::vector<std::string> unprintable;
    for (const geodata::Source& source : fixtures::bundledAtlas().sources.all())
        for (const std::string* text :
             {&source.shortSv, &source.shortEn, &source.reference, &source.url, &source.licence})
            for (auto it = text->begin(); it != text->end();) {
                sf::Uint32 codepoint = 0;
                it = sf::Utf8::decode(it, text->end(), codepoint);
                if (!render::uiFontCovers(codepoint))
                    unprintable.push_back(source.id + ": U+" + std::to_string(codepoint) + " in \"" + *text +
                                          "\"");
            }
    EXPECT_TRUE(unprintable.empty()) << joined(unprintable);
}

TEST(Citation, AnIdIsCitedByItsShortTextInTheChosenLanguage) {
    geodata::SourceTable table;
    table.add({"scb-2024", "SCB", "Statistics Sweden", "SCB, Folkmängd 2024", "https://scb.se/x", "", 2});
    table.add({"book", "Hembygdsboken", "The local history book", "Hembygdsboken, 1990", "", "", 3});
    EXPECT_EQ(app::shortCitation("scb-2024 | book", table, strings(Language::Swedish)), "SCB, Hembygdsboken");
    EXPECT_EQ(app::shortCitation("scb-2024|book", table, strings(Language::English)),
              "Statistics Sweden, The local history book");
    // Free text (a dataset without sources.csv) is cited as before, and repeats are dropped.
    EXPECT_EQ(
        app::shortCitation("book | https://www.example.org/a | book", table, strings(Language::English)),
        "The local history book, example.org");
    EXPECT_EQ(app::citeSource(" book ", table, strings(Language::Swedish)), "Hembygdsboken");
}

TEST(AudienceText, NoCaptionOrPanelTextNarratesLostFiguresOrShowsAnAddress) {
    const app::Atlas& atlas = fixtures::bundledAtlas();
    std::vector<std::string> found;
    const auto check = [&](const std::string& text) {
        for (std::string& f : forbiddenIn(text)) found.push_back(std::move(f));
    };
    for (const Language language : {Language::Swedish, Language::English}) {
        const app::Strings& text = strings(language);
        for (int year = 1900; year <= 2009; ++year) {
            if (const auto caption = app::captionFor(atlas, year, text)) {
                check(caption->title);
                check(caption->text);
                check(caption->meta);
            }
            check(app::populationLine(atlas, year, text));
        }
        for (const geodata::Event& e : atlas.timeline.events) {
            check(app::pick(e.title, language));
            check(app::pick(e.text, language));
            check(app::shortCitation(e.source, atlas.sources, text));
        }
        for (const geodata::JointBody& b : atlas.timeline.bodies) {
            check(app::pick(b.what, language));
            for (const geodata::Text& note : b.notes) check(app::pick(note, language));
            for (const std::string& other : b.otherMembers) check(other);
            check(app::shortCitation(b.source, atlas.sources, text));
        }
        check(app::attributionText(atlas.dataset.attribution, text));
        for (const std::string& code : atlas.population.codes())
            for (const geodata::PopulationRecord* r : atlas.population.recordsOf(code))
                check(app::shortCitation(r->source, atlas.sources, text));
        const app::StoryLoad story = app::loadStory(std::string(TIDSATLAS_DATA_DIR) + "/story.json",
                                                    app::makeStoryContext(atlas.dataset, atlas.timeline));
        ASSERT_FALSE(story.story.scenes.empty());
        for (const app::Scene& scene : story.story.scenes) {
            check(app::pick(scene.caption, language));
            check(app::pick(scene.notes, language)); // the speaker's screen can be seen too
        }
    }
    EXPECT_TRUE(found.empty()) << joined(found);
}

// A region total appears only when every unit valid that year has a figure; then it is exactly their
// sum, marked when part of it is interpolated. Checked for every year of the bundled data.
TEST(AudienceText, TheRegionTotalIsShownOnlyWhenEveryUnitHasAFigure) {
    const app::Atlas& atlas = fixtures::bundledAtlas();
    const app::Strings& sv = strings(Language::Swedish);
    int totals = 0;
    int unknown = 0;
    for (int year = 1900; year <= 2009; ++year) {
        double sum = 0;
        bool complete = true;
        bool interpolated = false;
        for (const geodata::UnitVersion* u : atlas.dataset.unitsValidIn(year)) {
            const auto value = atlas.population.at(u->code, year);
            if (!value)
                complete = false;
            else {
                sum += value->value;
                interpolated = interpolated || value->interpolated;
            }
        }
        const std::string line = app::populationLine(atlas, year, sv);
        if (!complete) {
            EXPECT_EQ(line, "Folkmängd: uppgift saknas") << year;
            ++unknown;
            continue;
        }
        ++totals;
        const std::string figure = app::groupThousands(sum, sv);
        EXPECT_EQ(line, interpolated ? "Folkmängd: ca " + figure + " (delvis interpolerat)"
                                     : "Folkmängd: " + figure)
            << year;
    }
    EXPECT_GT(unknown, 0);
    EXPECT_GT(totals, 0); // 1999: the eight municipalities' figures
    EXPECT_EQ(app::populationLine(atlas, 1900, strings(Language::English)), "Population: no data");
    EXPECT_EQ(app::populationLine(atlas, 1999, sv), "Folkmängd: 390 105");
    EXPECT_EQ(app::populationLine(atlas, 1999, strings(Language::English)), "Population: 390,105");
}

TEST(AudienceText, UnknownFiguresReadAsNoDataInBothLanguages) {
    EXPECT_EQ(strings(Language::Swedish).get("legend.no_data"), "uppgift saknas");
    EXPECT_EQ(strings(Language::English).get("legend.no_data"), "no data");
    EXPECT_EQ(strings(Language::Swedish).format("unit.population_none", {1900}),
              "Befolkning 1900: uppgift saknas");
    EXPECT_EQ(strings(Language::English).format("unit.population_none", {1900}),
              "Population in 1900: no data");
}

// The English catalogue has å, ä and ö only in proper names: the municipalities, the joint bodies and
// the sources' own names.
TEST(AudienceText, EnglishCatalogueHasNoSwedishWordsBeyondProperNames) {
    const app::Atlas& atlas = fixtures::bundledAtlas();
    std::set<std::string> names;
    const auto addWords = [&](const std::string& text) {
        const std::regex word(R"([^\s,.()'"–-]+)");
        for (auto it = std::sregex_iterator(text.begin(), text.end(), word); it != std::sregex_iterator();
             ++it)
            names.insert(it->str());
    };
    addWords(atlas.dataset.title); // the region
    for (const geodata::UnitVersion& u : atlas.dataset.units) addWords(u.name);
    for (const geodata::JointBody& b : atlas.timeline.bodies) addWords(b.name + " " + b.shortName);
    for (const char* proper : {"Södertörns", "Tyresö", "Mörkö", "Bildarkivet", "Sveriges"})
        names.insert(proper);
    std::ifstream file(std::string(TIDSATLAS_DATA_DIR) + "/../i18n/en.json");
    const nlohmann::json en = nlohmann::json::parse(file);
    const std::regex swedishWord(R"([^\s,.()'"–-]*[åäöÅÄÖ][^\s,.()'"–-]*)");
    std::vector<std::string> swedish;
    for (const auto& item : en.items()) {
        if (item.key().starts_with("_") || item.key() == "language.swedish") continue;
        const std::string text = item.value().get<std::string>();
        for (auto it = std::sregex_iterator(text.begin(), text.end(), swedishWord);
             it != std::sregex_iterator(); ++it)
            if (!names.contains(it->str())) swedish.push_back(item.key() + ": " + it->str());
    }
    EXPECT_TRUE(swedish.empty()) << joined(swedish);
}

namespace {

// The words that name the exhibition text behind part of the data, in both languages. The public texts
// tell the history and cite their sources; the exhibition and what our copy of it lost are the
// curators' business (the sources, the speaker's notes and the data's comments may name it).
bool namesTheExhibitionText(const std::string& text) {
    std::string lower;
    for (const char c : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* word :
         {"utställning", "exhibition", "fallit bort", "fallen out", "fell out", "been lost"})
        if (lower.find(word) != std::string::npos) return true;
    return false;
}

} // namespace

// Timeline event titles and texts, the joint bodies' lines, the networks and the story's captions, in
// both languages: the history, never the exhibition text or its gaps.
TEST(AudienceText, NoPublicTextNamesTheExhibitionText) {
    const app::Atlas& atlas = fixtures::bundledAtlas();
    const app::StoryLoad story = app::loadStory(std::string(TIDSATLAS_DATA_DIR) + "/story.json",
                                                app::makeStoryContext(atlas.dataset, atlas.timeline));
    ASSERT_FALSE(story.story.scenes.empty());
    std::vector<std::string> found;
    int checked = 0;
    const auto check = [&](const std::string& what, const std::string& text) {
        ++checked;
        if (namesTheExhibitionText(text)) found.push_back(what + ": " + text);
    };
    for (const Language language : {Language::Swedish, Language::English}) {
        for (const geodata::Event& e : atlas.timeline.events) {
            check("event " + e.id + " title", app::pick(e.title, language));
            check("event " + e.id, app::pick(e.text, language));
            check("event " + e.id + " note", app::pick(e.note, language));
        }
        for (const geodata::JointBody& b : atlas.timeline.bodies) {
            check("body " + b.id, app::pick(b.what, language));
            for (const geodata::Text& note : b.notes)
                check("body " + b.id + " note", app::pick(note, language));
        }
        for (const geodata::Network& n : atlas.timeline.networks) {
            check("network " + n.id + " title", app::pick(n.title, language));
            check("network " + n.id, app::pick(n.text, language));
        }
        check("story title", app::pick(story.story.title, language));
        for (const app::Scene& scene : story.story.scenes)
            check("scene " + scene.id, app::pick(scene.caption, language));
    }
    EXPECT_GT(checked, 100);
    EXPECT_TRUE(found.empty()) << joined(found);
    // The check itself finds the words in either language and any case.
    EXPECT_TRUE(namesTheExhibitionText("Enligt utställningstexten bildas SRV 1972."));
    EXPECT_TRUE(namesTheExhibitionText("According to the Exhibition text"));
    EXPECT_FALSE(namesTheExhibitionText("SRV bildas 1972 för miljöriktig avfallshantering."));
}

// The speaker's notes say what the audience sees: where the year card shows the region's population at the
// year a scene stops on, the notes give that figure (and its source); where it shows none, the notes name
// no figure of inhabitants and never tell the speaker the screen has none when it has one.
TEST(SpeakerNotes, EachScenesNotesAgreeWithTheFigureTheSceneShows) {
    const app::Atlas& atlas = fixtures::bundledAtlas();
    const app::StoryLoad story = app::loadStory(std::string(TIDSATLAS_DATA_DIR) + "/story.json",
                                                app::makeStoryContext(atlas.dataset, atlas.timeline));
    ASSERT_FALSE(story.story.scenes.empty());
    // Per language: a figure as its year card writes it ("390 105", "390,105"), a figure of people in the
    // notes, and the old instruction to name none.
    struct Words {
        Language language;
        std::regex figure;
        std::regex inhabitants;
        const char* nameNoFigure;
    };
    const std::vector<Words> languages = {
        {Language::Swedish, std::regex(R"((\d{1,3}(?: \d{3})+))"),
         std::regex(R"(\d[\d  ]*\s*(invånare|personer))"), "nämn ingen siffra"},
        {Language::English, std::regex(R"((\d{1,3}(?:,\d{3})+))"),
         std::regex(R"(\d[\d,]*\s*(inhabitants|people))"), "name no figure"},
    };
    std::vector<std::string> wrong;
    for (const Words& words : languages) {
        int withFigure = 0;
        for (const app::Scene& scene : story.story.scenes) {
            const int shownYear = scene.singleYear() ? scene.fromYear : scene.toYear;
            const std::string line = app::populationLine(atlas, shownYear, strings(words.language));
            const std::string& notes = app::pick(scene.notes, words.language);
            const std::string where =
                scene.id + " (" + (words.language == Language::Swedish ? "sv" : "en") + ")";
            std::smatch m;
            if (std::regex_search(line, m, words.figure)) {
                ++withFigure;
                const std::string shown = m[1];
                if (notes.find(shown) == std::string::npos)
                    wrong.push_back(where + ": the screen shows \"" + line + "\", the notes do not say " +
                                    shown);
                if (notes.find(words.nameNoFigure) != std::string::npos)
                    wrong.push_back(where + ": the notes say to name no figure while the screen shows " +
                                    shown);
            } else if (std::regex_search(notes, words.inhabitants)) {
                wrong.push_back(where + ": the screen shows \"" + line + "\", the notes give a figure");
            }
        }
        EXPECT_GT(withFigure, 0) << "at least one scene shows a figure (1999: the eight municipalities)";
    }
    EXPECT_TRUE(wrong.empty()) << joined(wrong);
}

// A kiosk visitor reads what happened; where the sources disagree is the explorer's (the event's note).
TEST(AudienceText, TheVisitorsCaptionLeavesOutTheNoteOnTheSources) {
    const app::Atlas& atlas = fixtures::bundledAtlas();
    int withNote = 0;
    for (const Language language : {Language::Swedish, Language::English})
        for (const geodata::Event& e : atlas.timeline.events) {
            const std::string note = app::pick(e.note, language);
            if (note.empty() || e.date.year < 1900) continue;
            const auto visitor =
                app::captionFor(atlas, e.date.year, strings(language), app::Audience::Visitor);
            const auto scholar =
                app::captionFor(atlas, e.date.year, strings(language), app::Audience::Scholar);
            ASSERT_TRUE(visitor && scholar) << e.id;
            if (scholar->title != app::pick(e.title, language)) continue; // another event of the year leads
            ++withNote;
            EXPECT_EQ(visitor->text.find(note), std::string::npos) << e.id << ": " << visitor->text;
            EXPECT_NE(scholar->text.find(note), std::string::npos) << e.id << ": " << scholar->text;
            EXPECT_EQ(visitor->text, app::pick(e.text, language)) << e.id;
        }
    EXPECT_GE(withNote, 6);
    const auto enhorna = app::captionFor(atlas, 1948, strings(Language::Swedish), app::Audience::Visitor);
    ASSERT_TRUE(enhorna);
    EXPECT_EQ(enhorna->text.find("Källorna är oense"), std::string::npos) << enhorna->text;
}
