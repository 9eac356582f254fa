// The kiosk's touch controls: big buttons in the lower part, every one at least a touch target high.
#include "modes/kiosk/kiosk_mode.hpp"
#include "render/scene_plan.hpp"
#include "ui/ui_panels.hpp"

#include <algorithm>
#include <cmath>
#include <imgui.h>

namespace app {

namespace {
constexpr int kTouchStyleVars = 4; // pushed by pushTouchStyle

// The caption's band is drawn from a rounded left edge and an ImGui window is floored to whole pixels: a
// panel's box reaches out to the next whole pixel beyond every edge, so it covers all the band covers.
sf::FloatRect outToWholePixels(const sf::FloatRect& r) {
    const float left = std::floor(r.left - 0.5F);
    const float top = std::floor(r.top - 0.5F);
    return {left, top, std::ceil(r.left + r.width + 0.5F) - left, std::ceil(r.top + r.height + 0.5F) - top};
}
} // namespace

// Every button, slider and tree node at least a touch target high, with finger-sized gaps.
void KioskMode::pushTouchStyle(const ModeContext& ctx) const {
    const float target = touchTargetPx(ctx.config, ctx.size.x, ctx.size.y, kKioskButtonMm);
    const float gap = target * 0.2F;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, gap));
    ImGui::PushStyleVar(ImGuiStyleVar_GrabMinSize, target * 0.8F);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(gap, (target - ImGui::GetFontSize()) / 2));
    ImGui::PushStyleVar(ImGuiStyleVar_ScrollbarSize, target * 0.6F);
}

// The unit and body panels for a visitor: what a visitor needs (no codes, no notes on the sources), in
// the room the scene keeps for its text, never over the map: a panel over the map would hide the very
// units it names (a body's members, a unit's neighbours). Where the year card and the caption share a
// column beside the map (landscape), the panel takes that column; where the caption is a band below the
// map (portrait), the panel stands on the touch strip, as wide as the caption, covers the caption and grows
// upwards when it needs more room. Either way the caption is covered whole, never cut, and the badges
// stay free, so the badge that opened the panel is never under it.
PanelArea KioskMode::visitorPanelArea(const ModeContext& ctx) const {
    PanelArea area{ctx.sizeF().x, ctx.sizeF().y};
    area.audience = Audience::Visitor;
    area.sideWidth = std::min(area.width - 16.0F, std::max(400.0F, ImGui::GetFontSize() * 17.0F));
    // Down to the touch strip itself: the map's room ends higher, where the attract loop's prompt needs it.
    area.bottomReserve = touchStripHeight(ctx) + 12.0F;
    const render::ScenePlan& plan = ctx.scene.lastPlan();
    const float bottom = area.height - area.bottomReserve;
    const float minWidth = std::min(area.sideWidth, area.width - 16.0F);
    const sf::FloatRect column = render::unionOf(plan.card, plan.caption);
    if (column.width >= minWidth && !column.intersects(plan.map) && !column.intersects(plan.badges)) {
        area.box = outToWholePixels({column.left, column.top, column.width, bottom - column.top});
        area.boxMinHeight = area.box.height; // the whole column: the caption covered whole, never cut
        return area;
    }
    if (plan.caption.width >= minWidth) {
        // Up to the badges' band at the most (or the card, where that is lower).
        const float ceiling =
            std::max(plan.badges.top + plan.badges.height, plan.card.top + plan.card.height);
        area.box = outToWholePixels(
            {plan.caption.left, ceiling + 12.0F, plan.caption.width, bottom - ceiling - 12.0F});
        area.fromBottom = true;
        // Up to the caption's top at least: a panel that reached into the caption would cut it half-way.
        area.boxMinHeight = bottom - plan.caption.top;
        return area;
    }
    // No text room of the scene's to take (a narrow screen): at the right, below or beside the badges.
    const auto& badges = ctx.scene.lastLayout().badges;
    sf::FloatRect all;
    for (const render::BodyBadge& badge : badges) all = render::unionOf(all, badge.rect);
    if (all.width <= 0) return area;
    if (all.height > all.width)
        area.right = all.left - 12.0F; // a column at the right: the panel stands left of it
    else
        area.top = std::max(area.top, all.top + all.height + 12.0F); // a band at the top: below it
    return area;
}

// Step, play, the year, the views and the two languages; the unit panel when a unit is chosen, the joint
// body's (its full name and what it does) when a badge is tapped.
void KioskMode::panels(ModeContext& ctx, UiIntent& intent) {
    if (m_session.state() != KioskState::Interactive) return;
    const Strings& strings = ctx.strings;
    if (m_aboutOpen) {
        pushTouchStyle(ctx);
        aboutPanel(ctx.atlas, strings, {ctx.sizeF().x, ctx.sizeF().y}, intent);
        ImGui::PopStyleVar(kTouchStyleVars);
    }
    // While staff use the PIN box (and its "Fel kod" line shows), no visitor panel covers it.
    const bool staff =
        m_admin.state() != AdminGateState::Closed || (m_admin.lastPinWrong() && m_wrongPinSeconds < 3.0);
    if (staff) {
        // nothing over the PIN box
    } else if (ctx.choices.selectedUnit || ctx.choices.selectedBody) {
        // The explorer's panels at the visitor's level, every button a touch target, opaque: where a panel
        // stands on the caption, the caption's words must not show through it.
        pushTouchStyle(ctx);
        ImVec4 background = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
        background.w = 1.0F;
        ImGui::PushStyleColor(ImGuiCol_WindowBg, background);
        if (ctx.choices.selectedUnit)
            unitInfoPanel(ctx.atlas, *ctx.choices.selectedUnit, ctx.playback.year(), strings,
                          visitorPanelArea(ctx), intent);
        else
            bodyPanel(ctx.atlas, *ctx.choices.selectedBody, ctx.playback.year(), strings,
                      visitorPanelArea(ctx), intent);
        ImGui::PopStyleColor();
        ImGui::PopStyleVar(kTouchStyleVars);
    }
    const float target = touchTargetPx(ctx.config, ctx.size.x, ctx.size.y, kKioskButtonMm);
    const float gap = target * 0.2F;
    const ImVec2 button(target * 1.5F, target);
    ImGui::SetNextWindowPos(ImVec2(0, ctx.sizeF().y), ImGuiCond_Always, ImVec2(0, 1));
    ImGui::SetNextWindowSize(ImVec2(ctx.sizeF().x, 0));
    pushTouchStyle(ctx);
    ImGui::Begin("##kiosk", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_AlwaysAutoResize);
    const geodata::Playback& playback = ctx.playback;
    int year = playback.year();
    // "About this map" at the end of the slider's row: the row of buttons below fills a portrait screen's
    // width already.
    const std::string about = withId(strings.get("view.about"), "about");
    const float aboutWidth =
        ImGui::CalcTextSize(about.c_str(), nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
    ImGui::SetNextItemWidth(-(aboutWidth + gap * 3));
    if (ImGui::SliderInt("##year", &year, playback.firstYear(), playback.lastYear(), "%d"))
        intent.seekYear = year;
    ImGui::SameLine(0, gap * 3);
    if (m_aboutOpen) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (ImGui::Button(about.c_str(), ImVec2(aboutWidth, 0))) intent.toggleAbout = true;
    if (m_aboutOpen) ImGui::PopStyleColor();
    if (ImGui::Button("|◀", button)) intent.stepBackward = true;
    ImGui::SameLine();
    if (ImGui::Button(playback.playing() ? "||##play" : "▶##play", button)) intent.togglePlay = true;
    ImGui::SameLine();
    if (ImGui::Button("▶|", button)) intent.stepForward = true;
    const auto choice = [&](const std::string& label, bool on) {
        if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        ImGui::SameLine();
        const bool pressed = ImGui::Button(label.c_str(), ImVec2(0, target));
        if (on) ImGui::PopStyleColor();
        return pressed;
    };
    ImGui::SameLine(0, gap * 3);
    ImGui::Dummy(ImVec2(0, 0));
    const MapView view = ctx.choices.view;
    if (choice(strings.get("view.units"), view == MapView::Units)) intent.view = MapView::Units;
    if (choice(strings.get("view.density"), view == MapView::Density)) intent.view = MapView::Density;
    if (choice(strings.get("view.circles"), view == MapView::Circles)) intent.view = MapView::Circles;
    ImGui::SameLine(0, gap * 3);
    ImGui::Dummy(ImVec2(0, 0));
    const Language language = strings.language();
    if (choice(strings.get("language.swedish", Language::Swedish), language == Language::Swedish))
        intent.language = Language::Swedish;
    if (choice(strings.get("language.english", Language::English), language == Language::English))
        intent.language = Language::English;
    ImGui::End();
    ImGui::PopStyleVar(kTouchStyleVars);
}

void KioskMode::apply(const UiIntent& intent, ModeContext& /*ctx*/) {
    if (intent.toggleAbout) m_aboutOpen = !m_aboutOpen;
}

} // namespace app
