// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One key figure of the results panel: a title, the value, an optional detail line, the change
// since the previous result (▲/▼, coloured by whether the change is for the better) and, for
// the carbon intensity, the zero-carbon verdict. Meaning is always in the text; colour only
// reinforces it.

#include <QFrame>

class QLabel;

namespace pz {

class KpiCard : public QFrame
{
    Q_OBJECT
public:
    // Which direction of change is an improvement (colours the delta).
    enum class Better { Higher, Lower, Neither };

    explicit KpiCard(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setValue(const QString &value);
    void setDetail(const QString &detail);
    // sign: −1, 0 (unchanged: neutral colour) or +1, as ResultFormat::deltaSign gives it.
    void setDelta(const QString &text, int sign, Better better);
    void clearDelta();
    void setVerdict(bool pass, const QString &text);
    void clearVerdict();

    QString title() const;
    QString value() const;
    QString detail() const;
    QString deltaText() const;
    int deltaSign() const { return m_deltaSign; }
    QColor deltaColor() const;
    QString verdictText() const;
    bool hasVerdict() const { return m_verdictState != 0; }
    bool verdictPass() const { return m_verdictState > 0; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_detail;
    QLabel *m_delta;
    QLabel *m_verdict;
    int m_deltaSign = 0;
    Better m_better = Better::Neither;
    bool m_hasDelta = false;
    int m_verdictState = 0;  // 0 none, +1 pass, −1 fail
};

} // namespace pz
