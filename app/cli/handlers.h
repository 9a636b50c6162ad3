#pragma once

#include "commandline.h"

// The commands' entry points. Each one parses its arguments completely before it opens the
// meeting file, so bad input never reaches the file; it returns the exit code or throws
// UsageError or Refusal.
namespace rostrum::cli {

// meetingcommands.cpp: making files, and their settings
int runNew(const CommandLine &cl);
int runSettings(const CommandLine &cl);
int runDemo(const CommandLine &cl);

// readcommands.cpp: looking, never writing
int runList(const CommandLine &cl);
int runStatus(const CommandLine &cl);
int runJournal(const CommandLine &cl);
int runBackup(const CommandLine &cl);

// listcommands.cpp: the list of speakers
int runAdd(const CommandLine &cl);
int runMove(const CommandLine &cl);
int runSwap(const CommandLine &cl);
int runRemove(const CommandLine &cl);
int runWithdraw(const CommandLine &cl);
int runSetLimit(const CommandLine &cl);
int runSetLimitAll(const CommandLine &cl);
int runCloseList(const CommandLine &cl);
int runOpenList(const CommandLine &cl);

// clockcommands.cpp: the chair's acts on the floor, and undo
int runStart(const CommandLine &cl);
int runPause(const CommandLine &cl);
int runNext(const CommandLine &cl);
int runAbsent(const CommandLine &cl);
int runAddTime(const CommandLine &cl);
int runReset(const CommandLine &cl);
int runUndo(const CommandLine &cl);
int runRedo(const CommandLine &cl);

// floorcommands.cpp: points of order, rights of reply, the changeover, the message
int runPointOfOrder(const CommandLine &cl);
int runReply(const CommandLine &cl);
int runSetChangeover(const CommandLine &cl);
int runMessage(const CommandLine &cl);

// servercommands.cpp: a meeting on a PostgreSQL server
int runMeetings(const CommandLine &cl);
int runPush(const CommandLine &cl);
int runPull(const CommandLine &cl);
int runGrant(const CommandLine &cl);

// importcommand.cpp: inscriptions from a CSV file, as one act
int runImport(const CommandLine &cl);

// documentcommands.cpp: the list of speakers and the report, as files to circulate
int runExport(const CommandLine &cl);
int runReport(const CommandLine &cl);

// servecommand.cpp: the web views and the API, until stopped
int runServe(const CommandLine &cl);

} // namespace rostrum::cli
