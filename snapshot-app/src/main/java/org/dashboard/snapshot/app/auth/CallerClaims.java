package org.dashboard.snapshot.app.auth;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.contract.RequestReason;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Reads the {@link Caller} from a verified token's claims, under the configured claim names: the user id (a
 * positive integer, as a number or a numeric string), the role ({@code instructor} or {@code admin}) and the
 * granted section ids (an array of positive integers; absent means none). A token whose claims say no usable
 * caller is {@code unauthenticated}, with details naming the claim ({@code token.<claim>}) and its value.
 */
public record CallerClaims(String userIdClaim, String roleClaim, String sectionsClaim) {
    private static final Pattern POSITIVE = Pattern.compile("[1-9]\\d{0,17}");

    public CallerClaims {
        Objects.requireNonNull(userIdClaim, "userIdClaim");
        Objects.requireNonNull(roleClaim, "roleClaim");
        Objects.requireNonNull(sectionsClaim, "sectionsClaim");
    }

    public Outcome<Caller> read(JsonWebToken token) {
        Object rawUser = token.getClaim(userIdClaim);
        Optional<Long> userId = positive(rawUser);
        if (userId.isEmpty()) {
            return refused(userIdClaim, rawUser, "the token's " + userIdClaim + " claim is not a positive user id");
        }
        Object rawRole = token.getClaim(roleClaim);
        Optional<Role> role = text(rawRole).flatMap(Role::of);
        if (role.isEmpty()) {
            return refused(roleClaim, rawRole, "the token's " + roleClaim + " claim is not 'instructor' or 'admin'");
        }
        Object rawSections = token.getClaim(sectionsClaim);
        TreeSet<Long> sections = new TreeSet<>();
        if (rawSections != null) {
            if (!(rawSections instanceof Collection<?> list)) {
                return refused(sectionsClaim, rawSections, "the token's " + sectionsClaim
                        + " claim is not an array of section ids");
            }
            for (Object element : list) {
                Optional<Long> id = positive(element);
                if (id.isEmpty()) {
                    return refused(sectionsClaim, rawSections, "the token's " + sectionsClaim
                            + " claim holds something that is not a section id");
                }
                sections.add(id.get());
            }
        }
        return Outcome.accepted(new Caller(userId.get(), role.get(), sections));
    }

    private static Outcome<Caller> refused(String claim, Object value, String message) {
        return Outcome.rejected(Rejection.ofField(RequestReason.UNAUTHENTICATED, "token." + claim, json(value),
                message));
    }

    private static Optional<Long> positive(Object value) {
        if (value instanceof JsonNumber number) {
            return positive(number.bigDecimalValue());
        }
        if (value instanceof Number number) {
            return positive(new BigDecimal(number.toString()));
        }
        return text(value).filter(t -> POSITIVE.matcher(t).matches()).map(Long::parseLong);
    }

    private static Optional<Long> positive(BigDecimal number) {
        try {
            long value = number.longValueExact();
            return value > 0 ? Optional.of(value) : Optional.empty();
        } catch (ArithmeticException notALong) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(Object value) {
        if (value instanceof JsonString string) {
            return Optional.of(string.getString());
        }
        return value instanceof String string ? Optional.of(string) : Optional.empty();
    }

    /** A claim value as the domain's JSON, for the problem's details. */
    private static JsonValue json(Object value) {
        if (value == null) {
            return JsonValue.nullValue();
        }
        if (value instanceof Collection<?> list) {
            List<JsonValue> elements = new ArrayList<>();
            for (Object element : list) {
                elements.add(json(element));
            }
            return new JsonValue.JsonArray(elements);
        }
        if (value instanceof JsonNumber number) {
            return new JsonValue.JsonNumber(number.bigDecimalValue(), number.isIntegral());
        }
        return JsonValue.of(text(value).orElse(String.valueOf(value)));
    }
}
