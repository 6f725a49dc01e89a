package com.jixiao.scoring;

/** How a ≤/< row that missed its target loses points (X = actual, T = target, W = weight). */
public enum ReverseFormula {
    /** National default: W × (1 − (X−T)/T) between T and 2T, 0 from 2T on. */
    LINEAR_TO_DOUBLE,
    /** Local variant: W × T/X, never above W. */
    RATIO
}
