package com.jixiao.scoring;

/**
 * Whether a number is a change rather than a level: {@code 降低3%} promises a decrease of 3 %, {@code 增长2个百分点} an
 * increase of 2 points, while {@code 3%} and {@code 降至3%} name the level itself.
 *
 * <p>A change is scored on its size, in the direction the target names: the promised size is T, the achieved size
 * in that direction is X, and the ordinary rules of DESIGN.md §5 apply (降低3% is "a decrease of at least 3": X ≥ T →
 * W, else W × X/T; 降低不超过3% would be reverse). An actual written without a direction ({@code 3.5%}) takes the
 * target's, as a bare number takes the other side's unit; an actual in the opposite direction is a negative size and
 * so counts as 0.
 */
public enum Change {
    NONE, INCREASE, DECREASE;

    /** How a size in {@code this} direction counts towards a target in {@code target}'s: 1, −1, or 0 when unknown. */
    int signTowards(Change target) {
        if (this == NONE || this == target) {
            return 1;
        }
        return target == NONE ? 0 : -1;
    }
}
