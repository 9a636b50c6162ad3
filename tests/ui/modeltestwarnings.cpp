#include "modeltestwarnings.h"

#include <QMutex>

namespace rostrum::testing {

namespace {
QMutex g_lock;
QStringList g_failures;
QtMessageHandler g_previous = nullptr;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "qt.modeltest") == 0 && type != QtDebugMsg) {
        QMutexLocker locker(&g_lock);
        g_failures.append(message);
        return;
    }
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

ModelTestWarnings::ModelTestWarnings()
{
    {
        QMutexLocker locker(&g_lock);
        g_failures.clear();
    }
    m_previous = qInstallMessageHandler(collect);
    g_previous = m_previous;
}

ModelTestWarnings::~ModelTestWarnings()
{
    qInstallMessageHandler(m_previous);
    g_previous = nullptr;
}

QStringList ModelTestWarnings::failures() const
{
    QMutexLocker locker(&g_lock);
    return g_failures;
}

} // namespace rostrum::testing
