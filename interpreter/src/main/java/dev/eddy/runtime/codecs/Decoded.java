package dev.eddy.runtime.codecs;

/** What a decoder made: the text, and how many input bytes it used (fewer than given when the input ends inside a sequence and more may come). */
public record Decoded(String text, int consumed) {
}
