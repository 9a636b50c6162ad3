#include "aboutbox.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QMessageBox>

namespace rostrum::AboutBox {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::AboutBox)
};

QStringList licenceLines()
{
    return licenceText().split(QLatin1Char('\n'));
}
} // namespace

QString licenceText()
{
    QFile file(QStringLiteral(":/rostrum/LICENSE"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString licenceName()
{
    for (const QString &line : licenceLines()) {
        if (!line.trimmed().isEmpty())
            return line.trimmed();
    }
    return {};
}

QString text()
{
    QString copyright;
    for (const QString &line : licenceLines()) {
        if (line.startsWith(QLatin1String("Copyright")))
            copyright = line.trimmed();
    }
    return Tr::tr("<h3>Rostrum %1</h3>"
                  "<p>The chair's console for speakers lists and speaking time.</p>"
                  "<p>Released under the %2.<br>%3</p>")
        .arg(QStringLiteral(ROSTRUM_VERSION), licenceName().toHtmlEscaped(),
             copyright.toHtmlEscaped());
}

void show(QWidget *parent)
{
    QMessageBox box(parent);
    box.setWindowTitle(Tr::tr("About Rostrum"));
    if (!QApplication::windowIcon().isNull())
        box.setIconPixmap(QApplication::windowIcon().pixmap(64));
    box.setTextFormat(Qt::RichText);
    box.setText(text());
    box.setDetailedText(licenceText());
    box.setStandardButtons(QMessageBox::Close);
    box.setAccessibleName(Tr::tr("About Rostrum"));
    box.exec();
}

} // namespace rostrum::AboutBox
