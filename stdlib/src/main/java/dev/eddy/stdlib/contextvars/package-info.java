/**
 * contextvars: Context, ContextVar and Token. The current context is the thread's
 * ({@link dev.eddy.runtime.ThreadState#context}); asyncio runs each task and callback in the
 * context it captured.
 */
package dev.eddy.stdlib.contextvars;
