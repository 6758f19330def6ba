package org.e2e.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The webhook SSRF rules as pure logic: address classes, URL forms, DNS answers and the allow-list (no Quarkus). */
class WebhookTargetPolicyTest {

    /** Names a fake DNS knows; anything else does not resolve. */
    static final Map<String, String> DNS = Map.of("hooks.example.org", "93.184.216.34", "intranet.example.org", "10.1.2.3",
            "rebind.example.org", "169.254.169.254", "mixed.example.org", "93.184.216.34,192.168.0.7");

    /** The fake answers for its names, ".invalid" names do not resolve, and the rest (literals, localhost) resolve for real. */
    static final WebhookTargetPolicy.Resolver FAKE_DNS = host -> {
        String name = host.toLowerCase().replaceAll("\\.$", "");
        String answer = DNS.get(name);
        if (answer == null) {
            if (name.endsWith(".invalid")) {
                throw new UnknownHostException(host);
            }
            return InetAddress.getAllByName(host);
        }
        String[] parts = answer.split(",");
        InetAddress[] addresses = new InetAddress[parts.length];
        for (int i = 0; i < parts.length; i++) {
            addresses[i] = InetAddress.getByName(parts[i]);
        }
        return addresses;
    };

    static final WebhookTargetPolicy DEFAULT = new WebhookTargetPolicy(List.of(), FAKE_DNS);

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(quoteCharacter = '"', value = {
            "127.0.0.1, loopback", "127.255.255.254, loopback", "::1, loopback",
            "169.254.169.254, link-local", "169.254.0.1, link-local", "fe80::1, link-local", "febf::1, link-local",
            "10.0.0.1, private-use", "10.255.255.255, private-use", "172.16.0.1, private-use",
            "172.31.255.255, private-use", "192.168.1.1, private-use",
            "100.64.0.1, shared (CGNAT)", "100.127.255.255, shared (CGNAT)",
            "fc00::1, unique-local", "fd12:3456:789a::1, unique-local",
            "224.0.0.1, multicast", "239.255.255.250, multicast", "ff02::1, multicast",
            "0.0.0.0, 'this host on this network'", "0.1.2.3, 'this network'", "::, unspecified",
            "255.255.255.255, limited broadcast", "240.0.0.1, reserved",
            "::ffff:127.0.0.1, loopback", "::ffff:10.0.0.1, private-use", "::ffff:169.254.169.254, link-local",
            "::127.0.0.1, deprecated IPv4-compatible",
            "64:ff9b::a00:1, NAT64 well-known prefix block 64:ff9b::/96 (RFC 6052) and carries 10.0.0.1",
            "2002:a9fe:a9fe::1, 6to4 block 2002::/16 (RFC 3056) and carries 169.254.169.254",
            "4000::1, IPv6 space IANA keeps reserved (outside global unicast 2000::/3)" })
    void refusedAddressClasses(String address, String expected) throws Exception {
        String reason = AddressClass.refused(InetAddress.getByName(address)).orElseThrow();
        assertTrue(reason.startsWith("in the " + expected) || reason.equals("in " + expected), reason);
    }

    @ParameterizedTest
    @ValueSource(strings = { "93.184.216.34", "8.8.8.8", "172.32.0.1", "172.15.255.255", "100.128.0.1", "100.63.255.255",
            "11.0.0.1", "192.169.0.1", "223.255.255.255", "2606:2800:220:1:248:1893:25c8:1946", "2001:4860:4860::8888" })
    void publicAddressesPass(String address) throws Exception {
        assertEquals(Optional.empty(), AddressClass.refused(InetAddress.getByName(address)));
    }

    @ParameterizedTest(name = "{0} means {1}")
    @CsvSource({ "2130706433, 127.0.0.1", "0x7f000001, 127.0.0.1", "0177.0.0.1, 127.0.0.1", "0x7f.0.0.1, 127.0.0.1",
            "127.1, 127.0.0.1", "0, 0.0.0.0", "3232235777, 192.168.1.1", "0xA9FEA9FE, 169.254.169.254",
            "012.0.0.1, 10.0.0.1", "1.2.3.04, 1.2.3.4" })
    void nonStandardIpv4SpellingsAreRecognisedAndRefused(String host, String meaning) {
        assertEquals(meaning, AddressClass.nonStandardIpv4(host).orElseThrow().getHostAddress());
        WebhookTargetPolicy.RefusedTarget refused = assertThrows(WebhookTargetPolicy.RefusedTarget.class,
                () -> DEFAULT.checkSubscription("http://" + host + "/hook"));
        assertTrue(refused.getMessage().contains("non-standard spelling of the IPv4 address " + meaning), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "93.184.216.34", "hooks.example.org", "example", "1.2.3.4.example" })
    void ordinaryHostsAreNotNumericSpellings(String host) {
        assertEquals(Optional.empty(), AddressClass.nonStandardIpv4(host));
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://127.0.0.1:5432", "http://169.254.169.254/latest/meta-data/", "http://[::1]/",
            "http://2130706433/", "http://0.0.0.0:22/", "http://[::ffff:127.0.0.1]/", "http://[fe80::1%25eth0]/",
            "http://[fd00::1]/", "http://224.0.0.251/", "http://255.255.255.255/", "https://100.64.1.1/",
            "http://intranet.example.org/hook", "http://mixed.example.org/hook", "http://localhost:8080/hook",
            "HTTP://LocalHost/hook" })
    void refusedAtSubscription(String url) {
        assertThrows(WebhookTargetPolicy.RefusedTarget.class, () -> DEFAULT.checkSubscription(url));
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://localhost:9/hook", "http://localhost./hook", "http://LocalHost./hook",
            "http://api.localhost/hook", "http://printer.local./hook", "http://router.home.arpa/hook",
            "http://db.internal/hook" })
    void localOnlySpecialUseNamesAreRefusedByNameEvenWhenTheyDoNotResolve(String url) {
        // The real resolver, as in production: it does not resolve "localhost." or "api.localhost", other clients do.
        WebhookTargetPolicy real = new WebhookTargetPolicy(List.of(), InetAddress::getAllByName);
        WebhookTargetPolicy.RefusedTarget atSubscription = assertThrows(WebhookTargetPolicy.RefusedTarget.class,
                () -> real.checkSubscription(url));
        assertTrue(atSubscription.getMessage().contains("is in the special-use domain"), atSubscription.getMessage());
        assertThrows(WebhookTargetPolicy.RefusedTarget.class, () -> real.checkDelivery(url));
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://intranet.example.org./hook", "http://rebind.example.org./hook",
            "http://INTRANET.EXAMPLE.ORG./hook", "http://127.0.0.1./hook", "http://10.0.0.1./hook" })
    void aTrailingDotSpellingOfARefusedNameIsRefusedAtSubscriptionAndDelivery(String url) {
        assertThrows(WebhookTargetPolicy.RefusedTarget.class, () -> DEFAULT.checkSubscription(url));
        assertThrows(WebhookTargetPolicy.RefusedTarget.class, () -> DEFAULT.checkDelivery(url));
    }

    @Test
    void theHostsOwnInterfaceAddressesAreRefusedAtSubscriptionAndDelivery() throws Exception {
        // 93.184.216.34 is public; here it is one of this host's own addresses, as a public address of a server is.
        Set<InetAddress> own = Set.of(InetAddress.getByName("93.184.216.34"));
        WebhookTargetPolicy onThatHost = new WebhookTargetPolicy(List.of(), FAKE_DNS, () -> own);
        for (String url : List.of("https://93.184.216.34/hook", "https://hooks.example.org/hook", "http://mixed.example.org/")) {
            WebhookTargetPolicy.RefusedTarget refused = assertThrows(WebhookTargetPolicy.RefusedTarget.class,
                    () -> onThatHost.checkSubscription(url));
            assertTrue(refused.getMessage().contains("one of this host's own addresses"), refused.getMessage());
            assertThrows(WebhookTargetPolicy.RefusedTarget.class, () -> onThatHost.checkDelivery(url));
        }
        DEFAULT.checkSubscription("https://hooks.example.org/hook");
        assertFalse(WebhookTargetPolicy.interfaceAddresses().isEmpty(), "this machine's interfaces are read");
        assertTrue(WebhookTargetPolicy.interfaceAddresses().contains(InetAddress.getByName("127.0.0.1")));
    }

    @Test
    void aNameThatResolvesToMetadataAtDeliveryIsRefusedThen() {
        WebhookTargetPolicy.RefusedTarget refused = assertThrows(WebhookTargetPolicy.RefusedTarget.class,
                () -> DEFAULT.checkDelivery("http://rebind.example.org/hook"));
        assertEquals("host 'rebind.example.org' resolves to 169.254.169.254, in the link-local block 169.254.0.0/16 (RFC 3927), which webhooks may not reach",
                refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "ftp://hooks.example.org/", "file:///etc/passwd", "gopher://hooks.example.org/",
            "javascript:alert(1)", "hooks.example.org/hook", "/relative", "ws://hooks.example.org/", "http:///nohost" })
    void onlyAbsoluteHttpAndHttpsUrls(String url) {
        WebhookTargetPolicy.RefusedTarget refused = assertThrows(WebhookTargetPolicy.RefusedTarget.class, () -> DEFAULT.checkSubscription(url));
        assertTrue(refused.getMessage().startsWith("must"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://user:secret@hooks.example.org/hook", "https://token@hooks.example.org/", "http://:@hooks.example.org/" })
    void credentialsInTheUrlAreRefused(String url) {
        WebhookTargetPolicy.RefusedTarget refused = assertThrows(WebhookTargetPolicy.RefusedTarget.class, () -> DEFAULT.checkSubscription(url));
        assertTrue(refused.getMessage().contains("credentials"), refused.getMessage());
    }

    @Test
    void publicTargetsPassAndDeliveryConnectsToTheCheckedAddress() throws Exception {
        DEFAULT.checkSubscription("https://hooks.example.org/hook");
        DEFAULT.checkSubscription("HTTPS://93.184.216.34:8443/hook?x=1");
        WebhookTargetPolicy.Target target = DEFAULT.checkDelivery("https://hooks.example.org/e2e/hook?x=1");
        assertEquals("93.184.216.34", target.address().getHostAddress());
        assertEquals("hooks.example.org", target.host());
        assertEquals(443, target.port());
        assertTrue(target.https());
        assertEquals("/e2e/hook?x=1", target.requestUri());
        assertEquals(80, DEFAULT.checkDelivery("http://hooks.example.org").port());
    }

    @Test
    void anUnresolvableNameIsAcceptedAtSubscriptionAndFailsTheDeliveryAttempt() throws Exception {
        DEFAULT.checkSubscription("https://not-yet.example.invalid/hook");
        assertThrows(UnknownHostException.class, () -> DEFAULT.checkDelivery("https://not-yet.example.invalid/hook"));
    }

    @Test
    void theAllowListExemptsNamedHostsAsWrittenAndAddressBlocks() throws Exception {
        WebhookTargetPolicy byName = new WebhookTargetPolicy(List.of("127.0.0.1", "Intranet.Example.org"), FAKE_DNS);
        byName.checkSubscription("http://127.0.0.1:8080/hook");
        byName.checkSubscription("http://intranet.example.org/hook");
        assertEquals("10.1.2.3", byName.checkDelivery("http://INTRANET.example.org./hook").address().getHostAddress());
        assertThrows(WebhookTargetPolicy.RefusedTarget.class, () -> byName.checkSubscription("http://localhost:8080/hook"),
                "a name is matched as written, not by what it resolves to");
        assertThrows(WebhookTargetPolicy.RefusedTarget.class, () -> byName.checkSubscription("http://127.0.0.2/hook"));

        WebhookTargetPolicy byBlock = new WebhookTargetPolicy(List.of("10.0.0.0/8", "127.0.0.0/8", "fd00::/8"), FAKE_DNS);
        byBlock.checkSubscription("http://intranet.example.org/hook");
        byBlock.checkSubscription("http://127.0.0.2/hook");
        byBlock.checkSubscription("http://[fd00::5]/hook");
        assertThrows(WebhookTargetPolicy.RefusedTarget.class, () -> byBlock.checkSubscription("http://192.168.0.1/hook"));
        assertThrows(WebhookTargetPolicy.RefusedTarget.class, () -> byBlock.checkSubscription("http://mixed.example.org/hook"),
                "every address of a name must pass");
        assertThrows(WebhookTargetPolicy.RefusedTarget.class, () -> byBlock.checkSubscription("http://user@127.0.0.2/"),
                "the allow-list does not lift the rules on form");
    }

    @Test
    void allowListEntriesMustBeValid() {
        assertThrows(IllegalArgumentException.class, () -> new WebhookTargetPolicy(List.of("10.0.0.0/33"), FAKE_DNS));
        assertThrows(IllegalArgumentException.class, () -> new WebhookTargetPolicy(List.of("intranet/8"), FAKE_DNS));
    }
}
