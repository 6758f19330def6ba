package org.e2e.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * smallrye-jwt's parser, then {@link UsablePrincipal}: a token that is validly signed but whose claims name no usable
 * caller fails to parse, which the JWT layer reports as a failed authentication (a 401 problem), wherever the token is
 * looked at, including public reads. A claim of a shape smallrye-jwt cannot convert ({@code "groups": 7}) fails the
 * same way instead of escaping as a ClassCastException.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class UsablePrincipalParser extends DefaultJWTParser {

    @Inject
    public UsablePrincipalParser(JWTAuthContextInfo authContextInfo, JWTCallerPrincipalFactory factory) {
        super(authContextInfo, factory);
    }

    @Override
    public JsonWebToken parse(String bearerToken) throws ParseException {
        return checked(bearerToken, () -> super.parse(bearerToken));
    }

    @Override
    public JsonWebToken parse(String bearerToken, JWTAuthContextInfo info) throws ParseException {
        return checked(bearerToken, () -> super.parse(bearerToken, info));
    }

    private interface Parse {
        JsonWebToken run() throws ParseException;
    }

    private static JsonWebToken checked(String token, Parse parse) throws ParseException {
        JsonWebToken jwt;
        try {
            jwt = parse.run();
        } catch (ClassCastException | IllegalArgumentException | IllegalStateException e) {
            throw new ParseException("The token's claims are of an unexpected shape");
        }
        String problem;
        try {
            // The signature is verified: read the claims as sent, before any conversion.
            String[] parts = token.split("\\.");
            problem = UsablePrincipal.problem(JwtClaims.parse(new String(Base64.getUrlDecoder().decode(parts[1]),
                    StandardCharsets.UTF_8)).getClaimsMap());
        } catch (Exception e) {
            problem = "its claims are not a JSON object";
        }
        if (problem != null) {
            throw new ParseException("The token names no usable caller: " + problem);
        }
        return jwt;
    }
}
