package dev.eddy.ast;

/** Whether a target expression is read, assigned or deleted. */
public enum Ctx { LOAD, STORE, DEL }
