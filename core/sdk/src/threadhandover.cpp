// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/threadhandover.h>

#include <QCoreApplication>
#include <QEvent>

namespace paperlab {

namespace {

class CallEvent : public QEvent
{
public:
    explicit CallEvent(std::function<void()> call) : QEvent(type()), m_call(std::move(call)) { }
    static QEvent::Type type()
    {
        static const auto registered = QEvent::Type(QEvent::registerEventType());
        return registered;
    }
    void run() { m_call(); }

private:
    std::function<void()> m_call;
};

} // namespace

void postCall(QObject *receiver, std::function<void()> call)
{
    auto *event = new CallEvent(std::move(call));
    markHandedOver(event); // after the event is built, before another thread can see it
    QCoreApplication::postEvent(receiver, event);
}

bool runPostedCall(QEvent *e)
{
    markTakenOver(e); // before the first read of an event posted by another thread
    if (e->type() != CallEvent::type())
        return false;
    static_cast<CallEvent *>(e)->run();
    return true;
}

} // namespace paperlab
