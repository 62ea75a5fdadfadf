package dev.eddy.stdlib.asyncio;

import java.nio.channels.SelectionKey;

/** What a channel registered with the loop's selector does when the selector reports it ready. */
interface IoRegistration {
    void ready(SelectionKey key, EventLoop loop);
}
