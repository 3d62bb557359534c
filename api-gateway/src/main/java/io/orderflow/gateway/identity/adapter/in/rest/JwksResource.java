package io.orderflow.gateway.identity.adapter.in.rest;

import io.orderflow.gateway.identity.application.KeyRing;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public keys tokens are verified with (RFC 7517), for the services and any other verifier. */
@Path("/.well-known/jwks.json")
@Tag(name = "Authentication")
public class JwksResource {

    private final KeyRing keys;

    public JwksResource(KeyRing keys) {
        this.keys = keys;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The JSON Web Key Set: the signing key and retired keys whose tokens may still be valid")
    public Response keySet() {
        List<Map<String, String>> published = keys.published().stream().map(JwksResource::jwk).toList();
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        return Response.ok(Map.of("keys", published)).cacheControl(cache).build();
    }

    private static Map<String, String> jwk(KeyRing.VerificationKey key) {
        return Map.of("kty", "RSA", "use", "sig", "alg", "RS256", "kid", key.kid(),
                "n", unsigned(key.publicKey().getModulus()), "e", unsigned(key.publicKey().getPublicExponent()));
    }

    /** Base64url of the big-endian bytes without the sign byte (RFC 7518 section 6.3.1). */
    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
