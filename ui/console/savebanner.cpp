#include "savebanner.h"

#include "filedialogs.h"
#include "session/meetingsession.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

namespace rostrum {

SaveBanner::SaveBanner(MeetingSession *session, QWidget *parent)
    : QFrame(parent), m_session(session), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_saveCopy(new QPushButton(tr("Save a copy as…"), this))
{
    setObjectName(QStringLiteral("saveBanner"));
    setStyleSheet(
        QStringLiteral("#saveBanner { background: #b00020; border: 3px solid #5c0011; }"
                       "#saveBanner QLabel { color: white; font-weight: bold; }"
                       "#saveBanner QPushButton { font-weight: bold; padding: 6px 14px; }"));
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    m_icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(size, size));
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

void SaveBanner::refresh()
{
    if (!m_session->saveFailed()) {
        hide();
        return;
    }
    // The core's message already begins "Changes are NOT being saved: …".
    QString why = m_session->saveError();
    if (const int kept = m_session->unsavedActs(); kept > 0)
        why += QLatin1Char(' ') + tr("Acts kept in memory only: %1.").arg(kept);
    m_text->setText(why);
    show();
}

void SaveBanner::saveCopyAs()
{
    const QFileInfo current(m_session->path());
    const QString suggested =
        current.dir().filePath(tr("%1 (copy).rostrum").arg(current.completeBaseName()));
    const QString path = FileDialogs::askSaveFile(this, tr("Save a copy of the meeting"), suggested,
                                                  tr("Rostrum meetings (*.rostrum)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_session->saveCopyAs(path, &error)) {
        QMessageBox::warning(this, tr("Save a copy"),
                             tr("The copy could not be written: %1").arg(error));
        return;
    }
    refresh();
    emit savedCopy(path);
}

} // namespace rostrum
