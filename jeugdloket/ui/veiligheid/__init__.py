"""The Veiligheid tab of a case: the meldcode (five steps) and the veiligheidsplan."""
