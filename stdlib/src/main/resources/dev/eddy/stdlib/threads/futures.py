# concurrent.futures: the Python part. Future (thread-safe, its waits let go of the interpreter
# lock) and the exceptions come from Java; the executors, wait() and as_completed() are here.
# ThreadPoolExecutor runs its jobs on threading.Thread workers fed by a SimpleQueue, as CPython's.

import itertools as _itertools
import threading as _threading
import time as _time
from collections import namedtuple as _namedtuple
from queue import SimpleQueue as _SimpleQueue

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

TimeoutError = TimeoutError


class BrokenExecutor(RuntimeError):
    """Raised when an executor can no longer run its jobs."""
    __module__ = 'concurrent.futures._base'


class BrokenThreadPool(BrokenExecutor):
    """Raised when a worker thread of a ThreadPoolExecutor failed to initialize."""
    __module__ = 'concurrent.futures.thread'


DoneAndNotDoneFutures = _namedtuple('DoneAndNotDoneFutures', 'done not_done')
DoneAndNotDoneFutures.__module__ = 'concurrent.futures._base'


class _Watcher:
    # collects futures as they finish; every future it watches calls it once when done
    def __init__(self):
        self.lock = _threading.Condition()
        self.finished = []

    def __call__(self, future):
        with self.lock:
            self.finished.append(future)
            self.lock.notify_all()


def _failed(future):
    return not future.cancelled() and future.exception() is not None


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in fs; returns the named pair of sets (done, not_done)."""
    fs = set(fs)
    done = {f for f in fs if f.done()}
    not_done = fs - done

    def satisfied():
        if not not_done:
            return True
        if return_when == FIRST_COMPLETED:
            return bool(done)
        if return_when == FIRST_EXCEPTION:
            return any(_failed(f) for f in done)
        return False

    if satisfied():
        return DoneAndNotDoneFutures(done, not_done)
    watcher = _Watcher()
    for f in not_done:
        f.add_done_callback(watcher)
    deadline = None if timeout is None else _time.monotonic() + timeout
    with watcher.lock:
        while True:
            for f in watcher.finished:
                if f in not_done:
                    not_done.discard(f)
                    done.add(f)
            watcher.finished.clear()
            if satisfied():
                break
            if deadline is None:
                watcher.lock.wait()
            else:
                left = deadline - _time.monotonic()
                if left <= 0:
                    break
                watcher.lock.wait(left)
    return DoneAndNotDoneFutures(done, not_done)


def as_completed(fs, timeout=None):
    """An iterator over the futures in fs, each given as soon as it finishes (done ones first)."""
    deadline = None if timeout is None else _time.monotonic() + timeout
    fs = set(fs)
    total = len(fs)
    pending = set()
    ready = []
    for f in fs:
        if f.done():
            ready.append(f)
        else:
            pending.add(f)
    watcher = _Watcher()
    for f in pending:
        f.add_done_callback(watcher)
    return _completed(ready, pending, watcher, deadline, total)


def _completed(ready, pending, watcher, deadline, total):
    yield from ready
    while pending:
        with watcher.lock:
            while not watcher.finished:
                if deadline is None:
                    watcher.lock.wait()
                    continue
                left = deadline - _time.monotonic()
                if left <= 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
                watcher.lock.wait(left)
            finished = [f for f in watcher.finished if f in pending]
            watcher.finished.clear()
        for f in finished:
            pending.discard(f)
            yield f


def _result_then_cancel(future, timeout=None):
    try:
        return future.result(timeout)
    finally:
        future.cancel()


class Executor:
    """The base of executors: submit() one call, map() a function over iterables."""
    __module__ = 'concurrent.futures._base'

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        deadline = None if timeout is None else _time.monotonic() + timeout
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            # futures are taken from the end: a consumed one is no longer referenced here
            futures.reverse()
            try:
                while futures:
                    if deadline is None:
                        yield _result_then_cancel(futures.pop())
                    else:
                        yield _result_then_cancel(futures.pop(), deadline - _time.monotonic())
            finally:
                for f in futures:
                    f.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _Job:
    __slots__ = ('future', 'fn', 'args', 'kwargs')

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


_live_pools = []
_exiting = False


def _stop_pools_at_exit():
    global _exiting
    _exiting = True
    for pool in list(_live_pools):
        pool._wake_all()
    for pool in list(_live_pools):
        for t in list(pool._threads):
            t.join()


_threading._register_atexit(_stop_pools_at_exit)


class ThreadPoolExecutor(Executor):
    """Runs calls on a pool of at most max_workers threads, started as needed."""
    __module__ = 'concurrent.futures.thread'

    _counter = _itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            import os
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = _SimpleQueue()
        self._idle = _threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = _threading.Lock()
        self._thread_name_prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % self._counter())
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _exiting:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            future = Future()
            self._work_queue.put(_Job(future, fn, args, kwargs))
            self._add_worker_if_needed()
            return future

    submit.__doc__ = Executor.submit.__doc__

    def _add_worker_if_needed(self):
        if self._idle.acquire(timeout=0):
            return
        if len(self._threads) < self._max_workers:
            name = '%s_%d' % (self._thread_name_prefix, len(self._threads))
            t = _threading.Thread(name=name, target=self._work, daemon=True)
            t.start()
            self._threads.add(t)
            if len(self._threads) == 1:
                _live_pools.append(self)

    def _work(self):
        if self._initializer is not None:
            try:
                self._initializer(*self._initargs)
            except BaseException as exc:
                import sys
                import _thread
                sys.stderr.write('Exception in initializer:\n' + _thread._format_exception(exc))
                sys.stderr.flush()
                self._break()
                return
        queue = self._work_queue
        while True:
            job = queue.get(block=True)
            if job is not None:
                job.run()
                del job
                self._idle.release()
                continue
            if _exiting or self._shutdown:
                queue.put(None)  # wake the next worker too
                return

    def _break(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool is not usable anymore')
            while True:
                try:
                    job = self._work_queue.get_nowait()
                except Exception:
                    break
                if job is not None:
                    job.future.set_exception(BrokenThreadPool(self._broken))

    def _wake_all(self):
        self._work_queue.put(None)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        job = self._work_queue.get_nowait()
                    except Exception:
                        break
                    if job is not None:
                        job.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
        if self in _live_pools and (wait or not self._threads):
            _live_pools.remove(self)

    shutdown.__doc__ = Executor.shutdown.__doc__


class ProcessPoolExecutor(Executor):
    """Not available: Eddy runs no child interpreter processes."""
    __module__ = 'concurrent.futures.process'

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        raise NotImplementedError("ProcessPoolExecutor is not supported by Eddy: use ThreadPoolExecutor")
