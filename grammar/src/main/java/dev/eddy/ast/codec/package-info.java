/**
 * The compiled-module cache's format: a parsed module's syntax tree as compact bytes
 * ({@link dev.eddy.ast.codec.AstWriter}, {@link dev.eddy.ast.codec.AstReader}) inside an entry
 * keyed by Eddy's build and the source it came from ({@link dev.eddy.ast.codec.CacheEntry}).
 * Reading an entry never touches the lexer or parser. Depends only on {@code dev.eddy.ast}.
 */
package dev.eddy.ast.codec;
