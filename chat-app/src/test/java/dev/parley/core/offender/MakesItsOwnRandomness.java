package dev.parley.core.offender;

import java.util.Random;

/** Test fixture: a would-be core class with its own source of randomness, which the architecture test must catch. */
public final class MakesItsOwnRandomness {

    public int roll() {
        return new Random().nextInt(6);
    }
}
