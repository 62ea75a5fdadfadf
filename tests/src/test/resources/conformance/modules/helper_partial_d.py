from helper_partial_c import NOT_YET
