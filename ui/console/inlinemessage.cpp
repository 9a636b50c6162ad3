#include "inlinemessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace rostrum {

InlineMessage::InlineMessage(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("inlineMessage"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);
    m_close->setText(tr("✕"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAutoRaise(true);
    m_close->setFocusPolicy(Qt::NoFocus);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    m_hide.setSingleShot(true);
    connect(&m_hide, &QTimer::timeout, this, &InlineMessage::dismiss);
    connect(m_close, &QToolButton::clicked, this, &InlineMessage::dismiss);
    hide();
}

void InlineMessage::showMessage(Kind kind, const QString &text, int timeoutMs)
{
    m_kind = kind;
    struct Look
    {
        QStyle::StandardPixmap sign;
        const char *sheet; // %1: the object name
        const char *name;
    };
    static constexpr Look error{QStyle::SP_MessageBoxWarning,
                                "#%1 { background: #fde8e8; border: 1px solid #b00020; "
                                "border-radius: 3px; } #%1 QLabel { color: #8b0016; }",
                                QT_TR_NOOP("Refused")};
    static constexpr Look info{QStyle::SP_DialogApplyButton,
                               "#%1 { background: #e8f5e9; border: 1px solid #2e7d32; "
                               "border-radius: 3px; } #%1 QLabel { color: #1b4d20; }",
                               QT_TR_NOOP("Done")};
    static constexpr Look warning{QStyle::SP_MessageBoxInformation,
                                  "#%1 { background: #fff4d6; border: 1px solid "
                                  "#8a6500; border-radius: 3px; } #%1 QLabel { color: "
                                  "#3d2c00; }",
                                  QT_TR_NOOP("Note")};
    const Look &look = kind == Kind::Error ? error : kind == Kind::Info ? info : warning;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(look.sign, nullptr, this).pixmap(size, size));
    m_text->setText(text);
    // By its own name: a message the console names (chairNotice, fileNotice) keeps its look.
    setStyleSheet(QString::fromLatin1(look.sheet).arg(objectName()));
    setAccessibleName(tr(look.name));
    setAccessibleDescription(text);
    show();
    if (timeoutMs > 0)
        m_hide.start(timeoutMs);
    else
        m_hide.stop();
}

void InlineMessage::dismiss()
{
    m_hide.stop();
    hide();
}

QString InlineMessage::text() const
{
    return m_text->text();
}

} // namespace rostrum
