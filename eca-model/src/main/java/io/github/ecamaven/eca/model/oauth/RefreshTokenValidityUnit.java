package io.github.ecamaven.eca.model.oauth;

/** Documented values of the string element {@code refreshTokenValidityUnit}. */
public enum RefreshTokenValidityUnit {
    Hours,
    Days,
    Months;

    /** Exact spelling or null. */
    public static RefreshTokenValidityUnit fromXml(String text) {
        for (RefreshTokenValidityUnit u : values()) {
            if (u.name().equals(text)) {
                return u;
            }
        }
        return null;
    }

    /** Length of {@code period} units in days (a month counted as 30 days), for limits such as "at most 30 days". */
    public double days(int period) {
        return switch (this) {
            case Hours -> period / 24.0;
            case Days -> period;
            case Months -> period * 30.0;
        };
    }
}
