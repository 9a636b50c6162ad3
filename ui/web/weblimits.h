#pragma once

#include <QtGlobal>

namespace rostrum::web {

// What one request, one connection and one address may cost the server (docs/API.md). Qt's
// HTTP server reads a request whole, however long, before it hands it over; these are checked
// before it sees a byte (RequestGate).
struct WebLimits
{
    qint64 maxHeadBytes = 8 * 1024;     // request line and headers
    qint64 maxBodyBytes = 64 * 1024;    // an act's JSON is a few hundred bytes
    qint64 maxFrameBytes = 64 * 1024;   // a WebSocket frame or message from a page
    int maxConnectionsPerAddress = 256; // a hall's phones behind one NAT address
    int maxConnections = 4096;
    int headTimeoutMs = 10'000;        // a request that trickles in is dropped
    int wrongTokensBeforeSlowing = 10; // then each request from that address waits
    int slowingStepMs = 500;           // for every wrong token beyond, up to
    int slowingMaxMs = 5'000;
    qint64 wrongTokenMemoryMs = 10 * 60'000; // an address is forgiven after this
};

} // namespace rostrum::web
