/**
 * Networking and readiness: {@code _socket} (sockets over Java NIO channels, with descriptors in
 * the interpreter's table) and {@code select} ({@code select}, {@code poll} and {@code epoll} over
 * a NIO {@link java.nio.channels.Selector}).
 */
package dev.eddy.stdlib.net;
