#include "commands.h"
#include "handlers.h"

namespace rostrum::cli {

// `serve`, the last command of the overview: the web views and the API (ui/web/, docs/API.md).
// Its texts are QT_TRANSLATE_NOOP in the context help.cpp translates them in (see commands.cpp).
Command serveCommand()
{
    return {
        "serve",
        "FILE",
        QT_TRANSLATE_NOOP("rostrum::cli",
                          "Serve the meeting's web views and API until stopped (Ctrl+C)."),
        QT_TRANSLATE_NOOP(
            "rostrum::cli",
            "Prints one link per role (viewer, timekeeper, staff, chair); each link carries its "
            "role's key. The keys are kept, hashed, in the meeting file, so the links work again "
            "after a restart; --new-links makes new ones and every older link stops working. "
            "Acts from the pages are journaled as web:ROLE@ADDRESS. See docs/API.md."),
        {
            {"bind", "ADDR",
             QT_TRANSLATE_NOOP("rostrum::cli",
                               "the address to listen on (default: 127.0.0.1, this computer "
                               "only; 0.0.0.0 for every network)")},
            {"port", "N", QT_TRANSLATE_NOOP("rostrum::cli", "the port (default: 8080; 0: any)")},
            {"public-views", nullptr,
             QT_TRANSLATE_NOOP("rostrum::cli",
                               "the views (timer, room, booth, list) open without a key; the "
                               "acts still need one")},
            {"new-links", nullptr,
             QT_TRANSLATE_NOOP("rostrum::cli",
                               "make new keys for every role; the old links stop working")},
        },
        &runServe};
}

} // namespace rostrum::cli
