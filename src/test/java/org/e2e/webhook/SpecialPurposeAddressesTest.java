package org.e2e.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.e2e.webhook.SpecialPurposeAddresses.Row;
import org.e2e.webhook.SpecialPurposeAddresses.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The special-purpose address table, one case per registry row (IANA IPv4 registry of 2020-09-04, IPv6 registry of
 * 2024-10-22, and the multicast and reserved blocks of other registries): an address inside the block, and what a
 * webhook target there gets. The cases are written from the registries, not from the table, and a second test checks
 * that the table has exactly these rows, so a row added or dropped on one side fails. No Quarkus.
 */
class SpecialPurposeAddressesTest {

    /** Every row's block, as the cases below name them. */
    static final List<String> BLOCKS = List.of("0.0.0.0/8", "0.0.0.0/32", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8",
            "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.0.0/29", "192.0.0.8/32", "192.0.0.9/32",
            "192.0.0.10/32", "192.0.0.170/32", "192.0.0.171/32", "192.0.2.0/24", "192.31.196.0/24", "192.52.193.0/24",
            "192.88.99.0/24", "192.88.99.2/32", "192.168.0.0/16", "192.175.48.0/24", "198.18.0.0/15", "198.51.100.0/24",
            "203.0.113.0/24", "240.0.0.0/4", "255.255.255.255/32",
            "::1/128", "::/128", "::ffff:0:0/96", "64:ff9b::/96", "64:ff9b:1::/48", "100::/64", "100:0:0:1::/64",
            "2001::/23", "2001::/32", "2001:1::1/128", "2001:1::2/128", "2001:1::3/128", "2001:2::/48", "2001:3::/32",
            "2001:4:112::/48", "2001:10::/28", "2001:20::/28", "2001:30::/28", "2001:db8::/32", "2002::/16",
            "2620:4f:8000::/48", "3fff::/20", "5f00::/16", "fc00::/7", "fe80::/10",
            "224.0.0.0/4", "ff00::/8", "fec0::/10", "::/96", "::ffff:0:0:0/96");

    @ParameterizedTest(name = "{0}: {1} is {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // IPv4 Special-Purpose Address Registry, in its order
            "0.0.0.0/8          | 0.255.255.255   | 'this network'",
            "0.0.0.0/32         | 0.0.0.0         | 'this host on this network'",
            "10.0.0.0/8         | 10.20.30.40     | private-use",
            "100.64.0.0/10      | 100.100.100.200 | shared (CGNAT)",
            "127.0.0.0/8        | 127.0.1.1       | loopback",
            "169.254.0.0/16     | 169.254.169.254 | link-local",
            "172.16.0.0/12      | 172.20.0.1      | private-use",
            "192.0.0.0/24       | 192.0.0.200     | IETF protocol assignments",
            "192.0.0.0/29       | 192.0.0.1       | IPv4 service continuity (DS-Lite)",
            "192.0.0.8/32       | 192.0.0.8       | IPv4 dummy",
            "192.0.0.9/32       | 192.0.0.9       | Port Control Protocol anycast",
            "192.0.0.10/32      | 192.0.0.10      | TURN anycast",
            "192.0.0.170/32     | 192.0.0.170     | NAT64/DNS64 discovery",
            "192.0.0.171/32     | 192.0.0.171     | NAT64/DNS64 discovery",
            "192.0.2.0/24       | 192.0.2.10      | documentation (TEST-NET-1)",
            "192.31.196.0/24    | 192.31.196.1    | AS112-v4 anycast",
            "192.52.193.0/24    | 192.52.193.1    | AMT relay anycast",
            "192.88.99.0/24     | 192.88.99.1     | deprecated 6to4 relay anycast",
            "192.88.99.2/32     | 192.88.99.2     | 6a44 relay anycast",
            "192.168.0.0/16     | 192.168.255.1   | private-use",
            "192.175.48.0/24    | 192.175.48.6    | AS112 direct delegation anycast",
            "198.18.0.0/15      | 198.19.255.254  | benchmarking",
            "198.51.100.0/24    | 198.51.100.7    | documentation (TEST-NET-2)",
            "203.0.113.0/24     | 203.0.113.99    | documentation (TEST-NET-3)",
            "240.0.0.0/4        | 250.1.2.3       | reserved",
            "255.255.255.255/32 | 255.255.255.255 | limited broadcast",
            // IPv6 Special-Purpose Address Registry, in its order
            "::1/128            | ::1             | loopback",
            "::/128             | ::              | unspecified",
            "::ffff:0:0/96      | mapped:192.0.2.1 | IPv4-mapped",
            "64:ff9b::/96       | 64:ff9b::c0a8:101 | in the NAT64 well-known prefix block 64:ff9b::/96 (RFC 6052) and carries 192.168.1.1, in the private-use block 192.168.0.0/16 (RFC 1918)",
            "64:ff9b:1::/48     | 64:ff9b:1::808:808 | local-use IPv4/IPv6 translation",
            "100::/64           | 100::1          | discard-only",
            "100:0:0:1::/64     | 100:0:0:1::1    | dummy IPv6 prefix",
            "2001::/23          | 2001:100::1     | IETF protocol assignments",
            "2001::/32          | 2001:0:4136:e378:8000:63bf:3fff:fdd2 | Teredo",
            "2001:1::1/128      | 2001:1::1       | Port Control Protocol anycast",
            "2001:1::2/128      | 2001:1::2       | TURN anycast",
            "2001:1::3/128      | 2001:1::3       | DNS-SD service registration protocol anycast",
            "2001:2::/48        | 2001:2:0:1::1   | benchmarking",
            "2001:3::/32        | 2001:3::1       | AMT relay anycast",
            "2001:4:112::/48    | 2001:4:112::6   | AS112-v6 anycast",
            "2001:10::/28       | 2001:10::1      | deprecated ORCHID",
            "2001:20::/28       | 2001:2f::1      | ORCHIDv2 identifier",
            "2001:30::/28       | 2001:30::1      | drone remote ID entity tag (DET)",
            "2001:db8::/32      | 2001:db8:85a3::8a2e:370:7334 | documentation",
            "2002::/16          | 2002:c0a8:101::1 | in the 6to4 block 2002::/16 (RFC 3056) and carries 192.168.1.1, in the private-use block 192.168.0.0/16 (RFC 1918)",
            "2620:4f:8000::/48  | 2620:4f:8000::1 | AS112 direct delegation anycast",
            "3fff::/20          | 3fff:fff::1     | documentation",
            "5f00::/16          | 5f00:1:2::3     | segment routing (SRv6) SID",
            "fc00::/7           | fdff::1         | unique-local",
            "fe80::/10          | fe80::1ff:fe23:4567:890a | link-local",
            // Other registries: multicast, and IPv6 space that is deprecated or reserved
            "224.0.0.0/4        | 233.252.0.1     | multicast",
            "ff00::/8           | ff05::1:3       | multicast",
            "fec0::/10          | fec0::1         | deprecated site-local",
            "::/96              | ::a00:1         | deprecated IPv4-compatible",
            "::ffff:0:0:0/96    | ::ffff:0:a00:1  | IPv4-translated" })
    void everyRowIsRefused(String block, String address, String refusedAs) throws Exception {
        InetAddress inside = address(address);
        assertEquals(block, SpecialPurposeAddresses.row(inside).orElseThrow().prefix(), "most specific row");
        String reason = AddressClass.refused(inside).orElseThrow();
        String expected = refusedAs.startsWith("in the ") ? refusedAs : "in the " + refusedAs + " block " + block + " (RFC ";
        assertTrue(reason.startsWith(expected), reason);
    }

    /** The two forms judged by the IPv4 address they carry pass when it is public. */
    @ParameterizedTest(name = "{0} carries a public IPv4 address")
    @CsvSource({ "64:ff9b::5db8:d822", "2002:5db8:d822::1", "64:ff9b::808:808" })
    void embeddedPublicIpv4Passes(String address) throws Exception {
        assertEquals(Optional.empty(), AddressClass.refused(InetAddress.getByName(address)));
    }

    @Test
    void theTableHasOneRowPerRegistryEntryAndNoOther() {
        Set<String> table = SpecialPurposeAddresses.ROWS.stream().map(Row::prefix)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(BLOCKS), table);
        assertEquals(BLOCKS.size(), SpecialPurposeAddresses.ROWS.size(), "no block twice");
    }

    /** Where the table departs from the registry's "Globally Reachable" column, it refuses more, never less. */
    @Test
    void noRowTheRegistryCallsNotGloballyReachableIsLetThrough() {
        List<String> judgedByEmbeddedIpv4 = SpecialPurposeAddresses.ROWS.stream()
                .filter(r -> !r.globallyReachable().equals("True") && r.rule() != Rule.REFUSE).map(Row::name).toList();
        assertEquals(List.of("6to4"), judgedByEmbeddedIpv4, "only 6to4 (N/A in the registry) is judged by the IPv4 it carries");
    }

    /** "mapped:a.b.c.d" is the IPv4-mapped IPv6 address kept as IPv6 (Java reads ::ffff:a.b.c.d as IPv4). */
    private static InetAddress address(String text) throws Exception {
        if (!text.startsWith("mapped:")) {
            return InetAddress.getByName(text);
        }
        byte[] b = new byte[16];
        b[10] = (byte) 0xff;
        b[11] = (byte) 0xff;
        System.arraycopy(InetAddress.getByName(text.substring("mapped:".length())).getAddress(), 0, b, 12, 4);
        return Inet6Address.getByAddress(null, b, -1);
    }
}
