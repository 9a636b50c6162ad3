#include "savebanner.h"

#include "filedialogs.h"
#include "session/meetingsession.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>

namespace rostrum {

SaveBanner::SaveBanner(MeetingSession *session, QWidget *parent)
    : QFrame(parent), m_session(session), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_saveCopy(new QPushButton(tr("Save a copy as…"), this))
{
    setObjectName(QStringLiteral("saveBanner"));
    // Read only is a state, not a fault: dark blue with an information sign, where a failing
    // save is red with a critical one. Waiting for another program's lock is neither: amber with
    // dark text, since the acts will be saved without the chair doing anything. The words say
    // which; the colour only repeats it.
    setStyleSheet(
        QStringLiteral("#saveBanner { background: #b00020; border: 3px solid #5c0011; }"
                       "#saveBanner[kind=\"readOnly\"] { background: #1f3a5f; "
                       "border: 3px solid #0d1b2e; }"
                       "#saveBanner[kind=\"waiting\"] { background: #ffc107; "
                       "border: 3px solid #8a6500; }"
                       "#saveBanner QLabel { color: white; font-weight: bold; }"
                       "#saveBanner[kind=\"waiting\"] QLabel { color: #1c1400; }"
                       "#saveBanner QPushButton { font-weight: bold; padding: 6px 14px; }"));
    QFont big = m_text->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_text->setFont(big);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_saveCopy);

    connect(m_session, &MeetingSession::saveStateChanged, this, &SaveBanner::refresh);
    connect(m_saveCopy, &QPushButton::clicked, this, &SaveBanner::saveCopyAs);
    refresh();
}

QString SaveBanner::text() const
{
    return m_text->text();
}

void SaveBanner::showKind(Kind kind)
{
    m_kind = kind;
    const char *name = kind == Kind::ReadOnly  ? "readOnly"
                       : kind == Kind::Waiting ? "waiting"
                                               : "notSaved";
    setProperty("kind", QString::fromLatin1(name));
    style()->unpolish(this);
    style()->polish(this);
    for (QLabel *label : {m_icon, m_text}) {
        style()->unpolish(label);
        style()->polish(label);
    }
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    const QStyle::StandardPixmap sign =
        kind == Kind::NotSaved ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxInformation;
    m_icon->setPixmap(style()->standardIcon(sign, nullptr, this).pixmap(size, size));
    show();
}

void SaveBanner::refresh()
{
    if (m_session->isReadOnly()) {
        // On a server the way on is a role, not a copy of one's own beside the meeting.
        m_text->setText(
            (m_session->isOnServer()
                 ? tr("This meeting is open read only: %1. The meeting's chair can give you "
                      "another role.")
                 : tr("This meeting is open read only: %1. Save a copy as… to carry on with it."))
                .arg(m_session->readOnlyReason()));
        showKind(Kind::ReadOnly);
        return;
    }
    if (!m_session->saveFailed()) {
        hide();
        return;
    }
    // The core's message already begins "Changes are NOT being saved: …", or, while another
    // program holds the lock, "Waiting for another program that holds the meeting file: …".
    QString why = m_session->saveError();
    if (const int kept = m_session->unsavedActs(); kept > 0)
        why += QLatin1Char(' ') + tr("Acts kept in memory only: %1.").arg(kept);
    m_text->setText(why);
    showKind(m_session->waitingForAnotherProgram() ? Kind::Waiting : Kind::NotSaved);
}

bool SaveBanner::saveCopyAs()
{
    const QFileInfo current(m_session->path());
    // Beside a read-only meeting nothing can be written (a read-only medium, the backups
    // folder): the copy is offered among the chair's documents instead.
    QDir folder = current.dir();
    if (m_session->isReadOnly()) {
        folder.setPath(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        if (!folder.exists())
            folder.setPath(QDir::homePath());
    }
    const QString suggested =
        folder.filePath(tr("%1 (copy).rostrum").arg(current.completeBaseName()));
    const QString path = FileDialogs::askSaveFile(this, tr("Save a copy of the meeting"), suggested,
                                                  tr("Rostrum meetings (*.rostrum)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!m_session->saveCopyAs(path, &error)) {
        QMessageBox::warning(this, tr("Save a copy"),
                             tr("The copy could not be written: %1").arg(error));
        return false;
    }
    refresh();
    emit savedCopy(path);
    return true;
}

} // namespace rostrum
