"""anext(iterator, default): the awaitable that gives default when the iterator is exhausted."""


async def anext_default(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default
