// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The interface font for the interface language. In Chinese the application font must be one
// that covers Chinese: when Latin text sets the line height and the Chinese glyphs come from a
// fallback font with taller lines, word-wrapped labels are laid out a line short and get cut off
// at top and bottom. Where the desktop's font already covers the language nothing changes.

class QLocale;

namespace pz {

// Sets the application font's family to the first installed CJK family that covers locale's
// script (Noto Sans CJK, WenQuanYi Micro Hei, Source Han Sans, …) when locale is Chinese and the
// current family does not; keeps the point size. Returns whether it changed the font.
bool useFontForLanguage(const QLocale &locale);

} // namespace pz
