#include "languagemenu.h"

#include "bidi.h"
#include "consolelanguage.h"
#include "language/installedlanguage.h"
#include "language/uilanguage.h"

#include <QActionGroup>

namespace rostrum {

namespace {
// A sentence in one language inside a line in another: isolated, so Arabic in a French status
// line (or the reverse) keeps its own direction and its full stop at its own end.
QString isolated(const QString &sentence)
{
    return bidi::ownDirection(sentence);
}
} // namespace

LanguageMenu::LanguageMenu(const QString &running, QWidget *parent)
    : QMenu(tr("&Language"), parent), m_running(running), m_group(new QActionGroup(this)),
      m_system(addAction(tr("&System language")))
{
    // The system's entry is checked beside a language: the one it gives now.
    m_system->setCheckable(true);
    m_system->setChecked(ConsoleLanguage::saved().isEmpty());
    connect(m_system, &QAction::triggered, this, [this] { choose({}); });
    addSeparator();
    for (const UiLanguage &language : uiLanguages()) {
        // A language's own name has no mnemonic: it is read by someone who may not read the
        // language of the rest of the menu.
        QAction *a = addAction(language.ownName);
        a->setCheckable(true);
        a->setChecked(language.code == running);
        a->setData(language.code);
        m_group->addAction(a);
    }
    connect(m_group, &QActionGroup::triggered, this,
            [this](QAction *a) { choose(a->data().toString()); });
}

QString LanguageMenu::checkedCode() const
{
    const QAction *a = m_group->checkedAction();
    return a ? a->data().toString() : QString();
}

void LanguageMenu::choose(const QString &code)
{
    ConsoleLanguage::save(code);
    const QString next = code.isEmpty() ? environmentUiLanguage() : code;
    m_system->setChecked(code.isEmpty());
    for (QAction *a : m_group->actions())
        a->setChecked(a->data().toString() == next);
    // Said first in the language chosen, for the one who chose it; then in the language on the
    // screen, for whoever else reads the console until the next start.
    QString said;
    if (next != m_running) {
        const InstalledLanguage chosenLanguage(next);
        said = isolated(nextStartMessage(code, next)) + QStringLiteral("  ");
    }
    said += isolated(nextStartMessage(code, next));
    emit chosen(said);
}

QString LanguageMenu::nextStartMessage(const QString &code, const QString &next)
{
    QString name = next;
    for (const UiLanguage &language : uiLanguages()) {
        if (language.code == next)
            name = language.ownName;
    }
    if (code.isEmpty()) {
        return tr("From its next start the console will follow the system's language, %1; the "
                  "windows open now keep their language until then.")
            .arg(isolated(name));
    }
    return tr("From its next start the console will speak %1; the windows open now keep "
              "their language until then.")
        .arg(isolated(name));
}

} // namespace rostrum
