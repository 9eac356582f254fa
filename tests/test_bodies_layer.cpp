// Joint bodies on the map: badges that are big enough to tap and never overlap, hit testing, robust
// colours, and offscreen renders under Xvfb of a highlighted body's outlines, leader lines and badges.
#include "boxes.hpp"
#include "bundled_dataset.hpp"
#include "render/bodies_layer.hpp"
#include "render/fonts.hpp"
#include "render/scene_plan.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <gtest/gtest.h>

namespace {

const geodata::Timeline& bundledTimeline() {
    static const geodata::Timeline timeline = [] {
        geodata::TimelineContext ctx;
        for (const auto& u : fixtures::bundledDataset().units) ctx.knownUnitCodes.insert(u.code);
        return geodata::loadTimeline(std::string(TIDSATLAS_DATA_DIR) + "/timeline.json", ctx).timeline;
    }();
    return timeline;
}

// Badges as the scene lays them out: in the box the scene plan keeps for them on a screen of `size`, whose
// bottom `bottomInset` pixels a panel covers, beside a year card of `card` at the top left.
std::vector<render::BodyBadge> plannedBadges(const std::vector<const geodata::JointBody*>& active,
                                             sf::Vector2f size, float scale, float bottomInset = 0.0F,
                                             sf::Vector2f card = {}) {
    render::PlanRequest r;
    r.size = size;
    r.textScale = scale;
    r.card = card;
    r.badges = active.size();
    if (bottomInset > 0) r.covered.emplace_back(0.0F, size.y - bottomInset, size.x, bottomInset);
    r.bounds = fixtures::bundledDataset().bounds;
    const render::ScenePlan p = render::planScene(r);
    return render::layoutBadgesIn(active, p.badges, scale, p.badgeColumns);
}

} // namespace

TEST(BodiesLayer, ColoursParseRobustly) {
    EXPECT_EQ(render::parseBodyColour("#0072B2"), sf::Color(0, 114, 178));
    EXPECT_EQ(render::parseBodyColour("#e69f00"), sf::Color(230, 159, 0));
    EXPECT_EQ(render::parseBodyColour("009E73"), sf::Color(0, 158, 115));
    const sf::Color grey = render::parseBodyColour("");
    EXPECT_EQ(grey.r, grey.g);
    EXPECT_EQ(grey.g, grey.b);
    for (const char* bad : {"#12345", "#1234567", "#GG0000", "red", "#", "# 12345", "#-12345"})
        EXPECT_EQ(render::parseBodyColour(bad), grey) << bad;
}

TEST(BodiesLayer, BadgesStayInTheViewportClearOfTheCardAndPanelAndNeverOverlap) {
    const auto active = bundledTimeline().bodiesActiveIn(2009);
    ASSERT_EQ(active.size(), 6U);
    for (float scale : {1.0F, 1.5F, 2.0F}) {
        const sf::Vector2f viewport(1600, 900);
        const float bottomInset = 96.0F * scale;
        // The plan puts the card 16 px from the corner: it then covers yearCard below.
        const auto badges =
            plannedBadges(active, viewport, scale, bottomInset, {244.0F * scale, 134.0F * scale});
        ASSERT_EQ(badges.size(), active.size());
        const sf::FloatRect yearCard(0, 0, 260.0F * scale, 150.0F * scale);
        for (size_t i = 0; i < badges.size(); ++i) {
            const sf::FloatRect& r = badges[i].rect;
            EXPECT_EQ(badges[i].id, active[i]->id);
            EXPECT_GE(r.height, 48.0F * scale);
            EXPECT_GE(r.left, 0.0F);
            EXPECT_GE(r.top, 16.0F * scale);
            EXPECT_LE(r.left + r.width, viewport.x - 16.0F * scale);
            EXPECT_LE(r.top + r.height, viewport.y - bottomInset) << "scale " << scale << " badge " << i;
            EXPECT_FALSE(fixtures::boxesOverlap(r, yearCard));
            for (size_t j = 0; j < i; ++j)
                EXPECT_FALSE(fixtures::boxesOverlap(r, badges[j].rect)) << i << " " << j;
        }
    }
}

TEST(BodiesLayer, ATallListContinuesInASecondColumn) {
    const auto six = bundledTimeline().bodiesActiveIn(2009);
    std::vector<const geodata::JointBody*> many;
    for (int i = 0; i < 3; ++i) many.insert(many.end(), six.begin(), six.end());
    const auto badges = plannedBadges(many, {1280, 720}, 1.0F, 96);
    ASSERT_EQ(badges.size(), many.size());
    for (size_t i = 0; i < badges.size(); ++i) {
        EXPECT_LE(badges[i].rect.top + badges[i].rect.height, 720.0F - 96.0F);
        for (size_t j = 0; j < i; ++j) EXPECT_FALSE(fixtures::boxesOverlap(badges[i].rect, badges[j].rect));
    }
    EXPECT_LT(badges.back().rect.left, badges.front().rect.left);
}

TEST(BodiesLayer, BadgeAtFindsTheTappedBadge) {
    const auto active = bundledTimeline().bodiesActiveIn(2009);
    const auto badges = plannedBadges(active, {1600, 900}, 1.0F);
    for (const render::BodyBadge& b : badges) {
        const sf::Vector2f centre(b.rect.left + b.rect.width / 2, b.rect.top + b.rect.height / 2);
        EXPECT_EQ(render::badgeAt(badges, centre), b.id);
        EXPECT_EQ(render::badgeAt(badges, {b.rect.left + 1, b.rect.top + 1}), b.id);
    }
    EXPECT_FALSE(render::badgeAt(badges, {100, 100}));
    // Between two badges is no badge.
    const sf::FloatRect& first = badges[0].rect;
    EXPECT_FALSE(render::badgeAt(badges, {first.left + 10, first.top + first.height + 2}));
    EXPECT_FALSE(render::badgeAt({}, {0, 0}));
}

namespace {

class BodiesRender : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!fixtures::hasDisplay()) GTEST_SKIP() << "no X display (run under xvfb-run)";
        if (!render::loadFont(m_font, render::kSansPath)) GTEST_SKIP() << "DejaVu Sans not installed";
        ASSERT_TRUE(m_texture.create(1280, 720)); // no antialiasing: pixels are exact
        m_frame.camera.fit(fixtures::bundledDataset().bounds, {1280.0F, 720.0F});
        m_frame.year = 2009;
        m_active = bundledTimeline().bodiesActiveIn(2009);
        m_badges = plannedBadges(m_active, {1280, 720}, 1.0F, 96);
    }
    sf::Image render(const std::optional<std::string>& highlighted, float appear = 1.0F,
                     const std::optional<std::string>& appearing = std::nullopt) {
        m_texture.clear(sf::Color::White);
        render::drawBodies(m_texture, m_font, m_frame, fixtures::bundledDataset(), m_active, 2009, m_badges,
                           highlighted, appear, appearing);
        m_texture.display();
        return m_texture.getTexture().copyToImage();
    }
    static sf::Color at(const sf::Image& image, sf::Vector2f p) {
        return image.getPixel(static_cast<unsigned>(p.x), static_cast<unsigned>(p.y));
    }
    sf::Font m_font;
    sf::RenderTexture m_texture;
    render::MapFrame m_frame;
    std::vector<const geodata::JointBody*> m_active;
    std::vector<render::BodyBadge> m_badges;
};

} // namespace

TEST_F(BodiesRender, MembersOfTheHighlightedBodyAreOutlinedInItsColour) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    const geodata::JointBody* syvab = bundledTimeline().findBody("syvab");
    ASSERT_NE(syvab, nullptr);
    const sf::Color colour = render::parseBodyColour(syvab->colour);
    const auto members = syvab->membersIn(2009);
    ASSERT_FALSE(members.empty());
    const sf::Image lit = render("syvab");
    const sf::Image plain = render(std::nullopt);
    for (const std::string& code : members) {
        const geodata::UnitVersion* v = ds.versionOf(code, 2009);
        ASSERT_NE(v, nullptr) << code;
        // Ring vertices lie on the outline: most of them are in the body's colour (a few may sit
        // under a leader line or a badge).
        const geodata::Ring& ring = v->polygons.front().outer;
        int onColour = 0, probed = 0;
        for (size_t i = 0; i < ring.size(); i += std::max<size_t>(1, ring.size() / 40)) {
            const sf::Vector2f p = m_frame.camera.toScreen(ring[i]);
            if (render::badgeAt(m_badges, p)) continue;
            ++probed;
            if (at(lit, p) == colour) ++onColour;
            EXPECT_EQ(at(plain, p), sf::Color::White);
        }
        EXPECT_GT(onColour, probed * 3 / 4) << v->fullName();
    }
}

TEST_F(BodiesRender, BadgesHaveTheirBodysColour) {
    const sf::Image img = render(std::nullopt);
    ASSERT_EQ(m_badges.size(), m_active.size());
    for (size_t i = 0; i < m_badges.size(); ++i) {
        const sf::FloatRect& r = m_badges[i].rect;
        // Above the centred name: the badge's own colour.
        const sf::Vector2f probe(r.left + r.width / 2, r.top + 6);
        EXPECT_EQ(at(img, probe), render::parseBodyColour(m_active[i]->colour)) << m_active[i]->id;
    }
}

TEST_F(BodiesRender, ALeaderLineRunsFromTheBadgeToEachMember) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    const geodata::JointBody* sbff = bundledTimeline().findBody("sbff");
    ASSERT_NE(sbff, nullptr);
    const sf::Image img = render("sbff");
    const sf::Color colour = render::parseBodyColour(sbff->colour);
    const render::BodyBadge* badge = nullptr;
    for (const auto& b : m_badges)
        if (b.id == "sbff") badge = &b;
    ASSERT_NE(badge, nullptr);
    const sf::Vector2f from(badge->rect.left, badge->rect.top + badge->rect.height / 2);
    for (const std::string& code : sbff->membersIn(2009)) {
        const sf::Vector2f to = m_frame.camera.toScreen(ds.versionOf(code, 2009)->labelAnchor);
        EXPECT_EQ(at(img, from + (to - from) * 0.5F), colour) << code;
        EXPECT_EQ(at(img, from + (to - from) * 0.8F), colour) << code;
        // The line stops short of the member's name, which MapRenderer centres on the anchor.
        EXPECT_EQ(at(img, to), sf::Color::White) << code;
    }
}

TEST_F(BodiesRender, ABodyBeingFoundedFadesIn) {
    const sf::FloatRect& r = m_badges.front().rect;
    const sf::Vector2f probe(r.left + r.width / 2, r.top + r.height / 2 - 14); // inside even when shrunk
    const sf::Color full = render::parseBodyColour(m_active.front()->colour);
    const sf::Color half = at(render(std::nullopt, 0.5F, m_active.front()->id), probe);
    EXPECT_NE(half, full);
    EXPECT_NE(half, sf::Color::White);
    EXPECT_EQ(at(render(std::nullopt, 1.0F, m_active.front()->id), probe), full);
    // Not yet there at all at the start of the fade.
    EXPECT_EQ(at(render(std::nullopt, 0.0F, m_active.front()->id), probe), sf::Color::White);
}
