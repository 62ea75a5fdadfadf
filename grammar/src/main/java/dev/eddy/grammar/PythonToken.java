package dev.eddy.grammar;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * A token that also knows how deep inside brackets it was produced (CPython's token
 * level: an opening bracket counts itself, a closing one does not).
 */
public final class PythonToken extends CommonToken {
    /** Creates PythonTokens for the lexer. */
    static final TokenFactory<PythonToken> FACTORY = new TokenFactory<>() {
        @Override
        public PythonToken create(Pair<TokenSource, CharStream> source, int type, String text, int channel,
                                  int start, int stop, int line, int charPositionInLine) {
            PythonToken t = new PythonToken(source, type, channel, start, stop);
            t.setLine(line);
            t.setCharPositionInLine(charPositionInLine);
            if (text != null) {
                t.setText(text);
            }
            return t;
        }

        @Override
        public PythonToken create(int type, String text) {
            return new PythonToken(type, text);
        }
    };

    private int depth;

    PythonToken(Pair<TokenSource, CharStream> source, int type, int channel, int start, int stop) {
        super(source, type, channel, start, stop);
    }

    PythonToken(int type, String text) {
        super(type, text);
    }

    /** The number of brackets open after this token. */
    public int depth() {
        return depth;
    }

    void setDepth(int depth) {
        this.depth = depth;
    }
}
