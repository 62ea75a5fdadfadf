package dev.eddy.ast;

/** A pattern of a match statement's case; the kinds follow CPython 3.11's ast module. */
public sealed interface Pattern extends Node
        permits MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr {
}
